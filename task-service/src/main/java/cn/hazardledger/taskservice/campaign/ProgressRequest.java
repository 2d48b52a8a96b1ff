package cn.hazardledger.taskservice.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgressReport", description = "进展报告: text, evidence references, and whether it is the final report "
        + "that completes the task")
public record ProgressRequest(
        @NotBlank @Size(max = 4000) @Schema(examples = "已召开党委会议专题学习，形成会议纪要") String text,
        @Size(max = 20) @Schema(description = "hazard-service evidence ids or https links",
                examples = "[\"https://www.zhongxian.gov.cn/aqsc/2023/76-1.html\"]")
        List<@NotNull @Pattern(regexp = "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|https://\\S{1,490})$",
                message = "must be an evidence id (UUID) or an https link") String> evidence,
        @Schema(description = "true: the task (or, with periodKey, that period's instance) is done with this report (完成)")
        boolean completes,
        @Size(max = 16) @Schema(description = "the period of an ongoing task with a cadence this report is for",
                examples = "2023-M05") String periodKey) {
}
