package cn.hazardledger.chassis.outbox;

/**
 * An event payload that knows what it is and which aggregate it is about, so that a call site reads
 * {@code outbox.append(event)}. These three are the envelope (ce_type, the record key), not the payload: a
 * record implements them as methods that are not among its components, and they are not serialised.
 */
public interface OutgoingEvent {

    /** The versioned CloudEvent type, such as {@code hazard.reported.v1}. */
    String type();

    /** The kind of aggregate, such as {@code hazard}. */
    String aggregateType();

    /** The aggregate's id: the Kafka record key, so that one aggregate's events stay in order. */
    String aggregateId();
}
