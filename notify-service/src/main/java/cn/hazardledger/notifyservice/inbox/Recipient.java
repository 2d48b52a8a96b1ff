package cn.hazardledger.notifyservice.inbox;

/**
 * Whose inbox: a role's in a region, shared by everyone holding the role there, or one party's own in a region
 * (a unit or an enterprise by its code, a unit or a leader by name where a breakdown table names them).
 */
public record Recipient(String role, String regionCode, String party) {

    /** The party of a role's inbox: nobody's in particular. */
    public static final String ROLE_INBOX = Inboxes.ROLE_INBOX;

    /** Parties named rather than coded carry this prefix, so that a name never passes for a code. */
    public static final String NAMED = "name:";

    /** A role's inbox in a region, shared by everyone holding the role there. */
    public Recipient(String role, String regionCode) {
        this(role, regionCode, Inboxes.ROLE_INBOX);
    }

    public static Recipient named(String role, String regionCode, String name) {
        return new Recipient(role, regionCode, NAMED + name);
    }
}
