package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ProgressReportView", description = "进展报告 / a progress report and the task's status after it")
public record ProgressView(UUID id, UUID taskId, UUID instanceId, String text, List<String> evidence, boolean completes,
                           String reportedBy, String reporterRole, String reporterUnit, OffsetDateTime reportedAt,
                           @Schema(description = "OPEN or DONE") String taskStatus) {

    static ProgressView of(ProgressReport r, CampaignItem task) {
        return new ProgressView(r.id, r.itemId, r.instanceId, r.text, r.evidence == null ? List.of() : List.of(r.evidence.split("\n")),
                r.isFinal, r.reportedBy, r.reporterRole, r.reporterUnit, ChinaTime.of(r.reportedAt), task.status);
    }
}
