package cn.hazardledger.hazardservice.rectification;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the rectification steps (docs/domain.md, lifecycle steps 3 and 6–7). */
public final class RectificationRequests {

    private RectificationRequests() {
    }

    @Schema(name = "OnTheSpotFix", description = "即查即改: what was done, and at least one photo of the fix (evidence uploaded first)")
    public record OnTheSpotFix(
            @NotBlank @Size(max = 4000) @Schema(examples = "当场将液化气钢瓶移出厨房，关闭阀门") String measures,
            @NotEmpty @Size(max = 20) List<@NotNull UUID> evidenceIds) {
    }

    @Schema(name = "Submission", description = "提交整改: what was done, with the evidence (photos, documents) uploaded first")
    public record Submission(
            @NotBlank @Size(max = 4000) @Schema(examples = "已更换熄火保护灶具，钢瓶移至独立气瓶间，报警器安装调试完毕") String summary,
            @NotEmpty @Size(max = 50) List<@NotNull UUID> evidenceIds) {
    }

    @Schema(name = "Closure", description = "复查销号: the reviewer's note")
    public record Closure(@Size(max = 4000) @Schema(examples = "经现场复查，整改到位，同意销号") String note) {
    }

    @Schema(name = "SendBack", description = "复查退回: why the rectification is not accepted")
    public record SendBack(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> reasons,
            @Size(max = 4000) String note) {
    }

    @Schema(name = "Reopening", description = "回头看: why a closed hazard is reopened, and its new deadline")
    public record Reopening(
            @NotBlank @Size(max = 4000) @Schema(examples = "回头看发现报警器已拆除，隐患反弹") String reason,
            @NotNull @Schema(examples = "2027-01-15") LocalDate deadline) {
    }

    @Schema(name = "ExtensionRequest", description = "延期申请: why, and the deadline asked for")
    public record Extension(
            @NotBlank @Size(max = 4000) @Schema(examples = "设备供货延迟，需延期15天") String reason,
            @NotNull @Schema(examples = "2027-01-15") LocalDate proposedDeadline) {
    }

    @Schema(name = "ExtensionDecision", description = "延期审批: APPROVED moves the deadline to the one proposed")
    public record ExtensionDecision(@NotNull ExtensionRequest.Decision decision,
                                    @Size(max = 4000) @Schema(examples = "同意延期") String note) {

        @AssertTrue(message = "a refusal says why in note")
        @Schema(hidden = true)
        public boolean isNoteGivenForRefusal() {
            return decision != ExtensionRequest.Decision.REFUSED || note != null && !note.isBlank();
        }
    }
}
