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
        String current = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            // RFC 9110 §13.1.1: If-Match compares strongly, so a weak tag (W/"3") never matches
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "the resource changed since you read it (now ETag " + current + "), or If-Match is not a strong "
                        + "entity tag; read it again");
    }
}
