package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.security.ValidRegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookSubscriptionRequest", description = "事件订阅: where to send which events of which region. "
        + "The same body creates (POST) and replaces (PUT) a subscription.")
public record SubscriptionRequest(
        @NotBlank @Size(max = TargetRules.MAX_LENGTH)
        @Schema(description = "https URL of the receiver; its host may not resolve to a loopback, link-local, multicast "
                + "or unspecified address", examples = "https://yjj.cq.gov.cn/hooks/hazard-ledger") String url,
        @NotNull @Size(min = 1, max = EventTypes.MAX)
        @Schema(description = "exact types of the catalogue (hazard.closed.v1) and/or prefixes (hazard.*, or * for all)",
                examples = "[\"hazard.reported.v1\", \"hazard.closed.v1\", \"task.*\"]")
        List<@NotBlank @Size(max = 100) String> eventTypes,
        @NotNull @ValidRegionCode @Schema(description = "events of this region and everything under it are sent; within "
                + "your own region", examples = "500240000000") String regionCode,
        @Size(max = 500) @Schema(examples = "重庆市应急管理局综合监管平台") String description) {
}
