package cn.hazardledger.notifyservice.webhook;

/** Whether a subscription's deliveries are sent. */
public enum SubscriptionStatus {
    /** Sent as they come. */
    ACTIVE,
    /**
     * Held: after {@code webhooks.suspend-after} failures in a row, or by a regulator. New events are still queued
     * for it and wait; resuming sends them.
     */
    SUSPENDED
}
