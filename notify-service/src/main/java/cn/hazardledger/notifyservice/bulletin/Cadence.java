package cn.hazardledger.notifyservice.bulletin;

/**
 * How often bulletins are issued on schedule: half-yearly progress (三星府发〔2023〕76号 §一.5) by default, quarterly
 * where a city's plan asks for it (docs/domain.md, "Notifications").
 */
public enum Cadence {
    HALF_YEARLY,
    QUARTERLY
}
