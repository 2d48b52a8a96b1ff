package cn.hazardledger.taskservice.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TaskPage", description = "One page of tasks; pass nextCursor back as cursor for the next one")
public record TaskPage(List<TaskView> items, String nextCursor) {
}
