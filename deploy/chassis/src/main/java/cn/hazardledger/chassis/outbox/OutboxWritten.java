package cn.hazardledger.chassis.outbox;

/** Fired inside the writing transaction; observed after it commits, to wake the relay at once. */
public record OutboxWritten() {
}
