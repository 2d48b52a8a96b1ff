package cn.hazardledger.notifyservice.webhook;

/**
 * How a claimed delivery leaves the service. The queue, its retries, suspension and replay do not know how; a later
 * channel (SMS, e-mail) implements this and nothing else of the engine changes. Implementations really send:
 * there is no channel that only pretends to.
 */
public interface DeliveryChannel {

    /** Tries once; never throws for a receiver's failure, which is an outcome like any other. */
    AttemptResult attempt(Claimed delivery);
}
