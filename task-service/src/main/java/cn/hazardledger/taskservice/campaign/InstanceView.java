package cn.hazardledger.taskservice.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TaskInstance", description = "周期实例 / one period's instance of a recurring task")
public record InstanceView(UUID id, UUID taskId, String periodKey, LocalDate periodStart, LocalDate periodEnd,
                           LocalDate due, @Schema(description = "OPEN or DONE") String status) {

    static InstanceView of(TaskInstance t) {
        return new InstanceView(t.id, t.itemId, t.periodKey, t.periodStart, t.periodEnd, t.due, t.status);
    }
}
