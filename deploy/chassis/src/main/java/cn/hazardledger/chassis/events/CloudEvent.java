package cn.hazardledger.chassis.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The CloudEvents attributes of a binary-mode Kafka record, checked on the way in. */
public record CloudEvent(UUID id, String type, String source, String subject, String data, String time) {

    /** Without a time: ce_time is optional in CloudEvents. */
    public CloudEvent(UUID id, String type, String source, String subject, String data) {
        this(id, type, source, subject, data, null);
    }

    public static CloudEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || header(record, "ce_specversion") == null) {
            throw new UnprocessableEvent("not a CloudEvent: ce_id, ce_type and ce_specversion headers are required");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEvent("ce_id is not a UUID: " + id);
        }
        if (record.value() == null) {
            throw new UnprocessableEvent("event " + id + " has no data");
        }
        return new CloudEvent(uuid, type, header(record, "ce_source"), header(record, "ce_subject"), record.value(),
                header(record, "ce_time"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
