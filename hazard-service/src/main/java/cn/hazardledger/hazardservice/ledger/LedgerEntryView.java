package cn.hazardledger.hazardservice.ledger;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public static LedgerEntryView of(HazardEntry e) {
        JsonNode data;
        try {
            data = e.data == null ? null : JSON.readTree(e.data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("ledger entry " + e.sequence + " holds data that is not JSON", ex);
        }
        return new LedgerEntryView(e.sequence, e.action, e.statusAfter, e.actor, e.actorRole, e.unitCode, e.unitName,
                e.signature, e.note, data, ChinaTime.of(e.recordedAt), e.hash);
    }
}
