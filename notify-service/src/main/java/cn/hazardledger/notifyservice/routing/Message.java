package cn.hazardledger.notifyservice.routing;

/** What a recipient reads: a title for the list, a body for the detail, and what it is about. */
public record Message(String title, String body, String subjectType, String subjectId) {
}
