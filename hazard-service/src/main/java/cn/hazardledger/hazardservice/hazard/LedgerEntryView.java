package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "LedgerEntry", description = "台账记录: one signed line of a hazard's history")
public record LedgerEntryView(int sequence, LedgerAction action, HazardStatus statusAfter, String actor,
                              String actorRole, String note, OffsetDateTime recordedAt) {

    static LedgerEntryView of(HazardEntry e) {
        return new LedgerEntryView(e.sequence, e.action, e.statusAfter, e.actor, e.actorRole, e.note,
                ChinaTime.of(e.recordedAt));
    }
}
