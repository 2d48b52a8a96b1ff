package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 风险等级颜色 (红橙黄蓝, docs/domain.md): red is the highest. */
@Schema(description = "风险颜色 / risk colour: RED 红 (重大风险), ORANGE 橙 (较大风险), YELLOW 黄 (一般风险), BLUE 蓝 (低风险)")
public enum RiskColour {
    RED, ORANGE, YELLOW, BLUE
}
