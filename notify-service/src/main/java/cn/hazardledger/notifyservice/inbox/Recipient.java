package cn.hazardledger.notifyservice.inbox;

/** A role in a region: everyone holding that role there reads the notification. */
public record Recipient(String role, String regionCode, String party) {

    /** A role's inbox in a region, shared by everyone holding the role there. */
    public Recipient(String role, String regionCode) {
        this(role, regionCode, Inboxes.ROLE_INBOX);
    }
}
