package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.security.ValidRegionCode;
import cn.hazardledger.hazardservice.enterprise.ValidCreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * 举报: what anyone may send without an account. Everything about the reporter is optional (an anonymous report
 * gives none of it) and is sealed at rest; nothing server-owned (status, tracking code, hazard, reward) can be sent:
 * the strict JSON reader refuses a field this record does not have.
 */
@Schema(name = "PublicReportIntake", description = "群众举报 / 吹哨人举报: the report; reporter fields are optional (anonymous when none)")
public record PublicReportRequest(
        @NotNull PublicReportKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "某烟花爆竹店在居民楼内超量储存") String title,
        @NotBlank @Size(max = 4000) @Schema(examples = "店铺后屋堆放大量烟花爆竹，紧邻居民住宅，无消防器材。") String description,
        @NotNull @ValidRegionCode @Schema(description = "行政区划代码 / where the hazard is (12 digits)",
                examples = "500240213001", pattern = "^\\d{12}$") String regionCode,
        @Size(max = 200) @Schema(description = "被举报单位 / the enterprise or place", examples = "三星乡红火烟花爆竹经营部") String enterpriseName,
        @ValidCreditCode @Schema(pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", description = "统一社会信用代码 (GB 32100)",
                examples = "91350100M000100Y43") String enterpriseCreditCode,
        @Valid Gps gps,
        @Valid Reporter reporter) {

    @Schema(name = "PublicReportGps", description = "定位 / the position sent with the report; sealed at rest, shown to "
            + "the township and the regulator only")
    public record Gps(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 15) @Schema(examples = "30.012345") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 15) @Schema(examples = "108.123456") BigDecimal longitude) {
    }

    @Schema(name = "PublicReportReporter", description = "举报人 / the reporter, all optional; sealed at rest, never in "
            + "an event, a list or a view; the township reveals it with a recorded reason")
    public record Reporter(
            @Size(max = 100) @Schema(examples = "王小明") String name,
            @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]{5,30}$", message = "must be a telephone number")
            @Schema(examples = "13812340000") String phone,
            @Pattern(regexp = "^[0-9]{17}[0-9X]$", message = "must be an 18-character resident ID number (last character a digit or X)")
            @Schema(description = "居民身份证号码", examples = "500240199001011234") String idNumber,
            @Size(max = 200) @Schema(description = "其他联系方式 / another way to reach them", examples = "微信 wxm2026") String otherContact) {

        boolean identifies() {
            return given(name) || given(phone) || given(idNumber) || given(otherContact);
        }

        private static boolean given(String s) {
            return s != null && !s.isBlank();
        }
    }
}
