package cn.hazardledger.chassis.web;

/**
 * If-Match on state changes: a phone that edits what it read an hour ago must not silently overwrite what
 * happened since. A change without If-Match is refused too, so that no client forgets it.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag you last read");
        }
        String current = Long.toString(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || unquote(t).equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "the resource changed since you read it (now version " + current + "); read it again");
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
