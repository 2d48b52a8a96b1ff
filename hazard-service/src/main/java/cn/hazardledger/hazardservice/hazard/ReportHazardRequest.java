package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.ValidRegionCode;
import cn.hazardledger.hazardservice.enterprise.ValidCreditCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Schema(name = "ReportHazard", description = "上报隐患: what an inspector, enterprise or other system reports. People sign "
        + "with their name (谁检查、谁签名、谁负责): signature must be the name their token carries.")
public record ReportHazardRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "餐馆液化气钢瓶与灶具同室存放") String title,
        @NotBlank @Size(max = 4000) @Schema(examples = "一楼厨房液化气钢瓶与灶具同室存放，未安装可燃气体报警装置。") String description,
        @Size(max = 2000) @Schema(description = "隐患原因 / cause", examples = "安全管理制度未落实，员工安全意识不足") String cause,
        @NotNull @ValidRegionCode @Schema(examples = "500240213001", pattern = "^\\d{12}$") String regionCode,
        @NotNull Industry industry,
        @NotNull HazardSource source,
        @NotNull HazardLevel level,
        @NotNull HazardType hazardType,
        @NotNull RiskColour riskColour,
        @Valid LocationDto location,
        @Valid EnterpriseDto enterprise,
        @PastOrPresent @Schema(description = "发现时间 / when it was found; the report time when omitted",
                examples = "2026-11-20T10:15:00+08:00") OffsetDateTime discoveredAt,
        @Size(max = 200) @Schema(description = "发现人 / who found it (an inspection team may be several people); the signature when omitted",
                examples = "李明、王芳") String discoveredBy,
        @Size(max = 100) @Schema(description = "检查人签名 / the reporter's name as signed; required of people, bound to the token",
                examples = "李明") String signature) {

    @Schema(name = "Location")
    public record LocationDto(
            @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = DECIMALS, message = DIGITS)
            @Schema(examples = "30.012345") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = DECIMALS, message = DIGITS)
            @Schema(examples = "108.123456") BigDecimal longitude) {

        /**
         * A phone's GPS gives up to 15 decimals; more is not a position (1e-999999999 is refused here). Three
         * integer digits for both, so that an out-of-range latitude is named once, by its range.
         */
        static final int DECIMALS = 15;
        static final String DIGITS = "must be a coordinate in decimal degrees with at most 15 decimals";
    }

    @Schema(name = "Enterprise", description = "生产经营单位或场所 / the enterprise or place")
    public record EnterpriseDto(
            @NotBlank @Size(max = 200) @Schema(examples = "忠县三星乡好再来餐馆") String name,
            @ValidCreditCode
            @Schema(pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", description = "统一社会信用代码 (GB 32100)", examples = "91350100M000100Y43") String creditCode,
            @Size(max = 500) @Schema(examples = "忠县三星乡场镇主街12号") String address,
            @Size(max = 100) @Schema(examples = "陈老板") String contactName,
            @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]{5,30}$", message = "must be a telephone number")
            @Schema(examples = "13800000000") String contactPhone) {

        Enterprise toEnterprise() {
            Enterprise e = new Enterprise();
            e.name = name.strip();
            e.creditCode = creditCode;
            e.address = address == null ? null : address.strip();
            e.contactName = contactName == null ? null : contactName.strip();
            e.contactPhone = contactPhone == null ? null : contactPhone.strip();
            return e;
        }
    }
}
