package cn.hazardledger.taskservice.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "方案状态 / campaign status: DRAFT 草稿 (breakdown may be imported again), PUBLISHED 已发布, CLOSED 已结束")
public enum CampaignStatus {
    DRAFT, PUBLISHED, CLOSED
}
