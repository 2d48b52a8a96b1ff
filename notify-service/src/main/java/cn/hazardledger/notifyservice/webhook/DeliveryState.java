package cn.hazardledger.notifyservice.webhook;

/** Where a delivery stands. */
public enum DeliveryState {
    /** Queued: sent at nextAttemptAt, or when its suspended subscription is resumed. */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Given up after webhooks.retry.max-attempts; a replay queues it again. */
    FAILED
}
