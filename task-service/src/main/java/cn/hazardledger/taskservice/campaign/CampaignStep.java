package cn.hazardledger.taskservice.campaign;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a campaign's publication or closure: an optional note; {} when there is none. */
@Schema(name = "CampaignStep", description = "发布 / 结束: an optional note")
public record CampaignStep(@Size(max = 1000) @Schema(examples = "经乡党委会议审议通过") String note) {
}
