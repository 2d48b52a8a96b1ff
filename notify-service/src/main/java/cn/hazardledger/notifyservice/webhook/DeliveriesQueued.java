package cn.hazardledger.notifyservice.webhook;

/** Fired when deliveries became due in a transaction; its commit wakes the worker, so none waits for the next poll. */
public record DeliveriesQueued() {
}
