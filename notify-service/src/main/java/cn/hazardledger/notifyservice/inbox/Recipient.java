package cn.hazardledger.notifyservice.inbox;

/** A role in a region: everyone holding that role there reads the notification. */
public record Recipient(String role, String regionCode) {
}
