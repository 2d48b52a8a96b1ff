package cn.hazardledger.hazardservice.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The bodies of the supervision steps (docs/domain.md, lifecycle steps 4 and 5). */
public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Schema(name = "DualReportRecord", description = "双报告: to whom the major hazard was reported")
    public record DualReportRecord(
            @NotNull DualReportRecipient recipient,
            @NotBlank @Size(max = 200) @Schema(examples = "忠县三星乡人民政府") String recipientName,
            @Size(max = 4000) String note) {
    }

    @Schema(name = "SupervisionListingRequest", description = "挂牌督办: level, authority, document number and deadline")
    public record Listing(
            @NotNull SupervisionLevel level,
            @NotBlank @Size(max = 200) @Schema(examples = "忠县安全生产委员会办公室") String authority,
            @NotBlank @Size(max = 100) @Schema(examples = "忠安办督〔2026〕12号") String documentNumber,
            @NotNull @Schema(examples = "2027-01-31") LocalDate deadline) {
    }

    @Schema(name = "StepNote", description = "a note on the step")
    public record Note(@Size(max = 4000) String note) {
    }

    @Schema(name = "DepartmentPush", description = "分行业推送: the industry department that takes the hazard")
    public record DepartmentPush(
            @NotBlank @Size(max = 64) @Schema(examples = "500240-ZJW") String departmentCode,
            @NotBlank @Size(max = 200) @Schema(examples = "忠县住房和城乡建设委员会") String departmentName,
            @Size(max = 4000) String note) {
    }
}
