package cn.hazardledger.hazardservice.ledger;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Disclosure;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "LedgerEntry", description = "台账记录: one signed line of a hazard's history")
public record LedgerEntryView(int sequence, LedgerAction action, HazardStatus statusAfter, String actor,
                              String actorRole, String unitCode, String unitName,
                              @Schema(description = "签名 / the name the actor signed with") String signature,
                              String note,
                              @Schema(description = "变更内容 / what the step changed or recorded; corrections as {from, to}")
                              JsonNode data,
                              OffsetDateTime recordedAt,
                              @Schema(description = "SHA-256 of this entry chained to the one before it") String hash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Phone numbers in what a step recorded are personal data; the hash is of the entry as signed, unchanged. */
    public static LedgerEntryView of(HazardEntry e, Disclosure disclosure) {
        JsonNode data;
        try {
            data = e.data == null ? null : JSON.readTree(e.data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("ledger entry " + e.sequence + " holds data that is not JSON", ex);
        }
        if (disclosure == Disclosure.MASKED && data != null) {
            maskPhones(data);
        }
        return new LedgerEntryView(e.sequence, e.action, e.statusAfter, e.actor, e.actorRole, e.unitCode, e.unitName,
                e.signature, e.note, data, ChinaTime.of(e.recordedAt), e.hash);
    }

    private static void maskPhones(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (PHONE_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(object.textNode(Disclosure.maskPhone(field.getValue().asText())));
                } else {
                    maskPhones(field.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(LedgerEntryView::maskPhones);
        }
    }

    private static final java.util.Set<String> PHONE_FIELDS = java.util.Set.of("phone", "contactPhone");
}
