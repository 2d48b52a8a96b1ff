package cn.hazardledger.hazardservice.events;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.ImportedHazard;
import cn.hazardledger.hazardservice.ledger.HazardEntry;

import java.time.LocalDate;

/**
 * Payload of {@code hazard.imported.v1} (schema: events/hazard.imported.v1.schema.json): 导入: a hazard of a ledger
 * kept elsewhere entered this one as it stood there, in any status. Consumers that keep a copy of the ledger
 * add it; none should treat it as news (it may have been closed years ago).
 */
public record HazardImportedV1(HazardFacts hazard, StepTaken step, String source, String reportedAt,
                               String closedAt, String importId, String fileSha256, int row) implements HazardEvent {

    public static final String TYPE = "hazard.imported.v1";

    public static HazardImportedV1 of(Hazard h, HazardEntry entry, LocalDate today, ImportedHazard.Origin origin) {
        return new HazardImportedV1(HazardFacts.of(h, today), StepTaken.of(entry), h.source.name(),
                ChinaTime.format(h.reportedAt), h.closedAt == null ? null : ChinaTime.format(h.closedAt),
                origin.importId(), origin.fileSha256(), origin.row());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
