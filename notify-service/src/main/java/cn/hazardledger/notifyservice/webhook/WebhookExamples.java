package cn.hazardledger.notifyservice.webhook;

/** Example bodies of the webhook API's OpenAPI document. */
final class WebhookExamples {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    static final String REQUEST = """
            {"url": "https://yjj.cq.gov.cn/hooks/hazard-ledger",
             "eventTypes": ["hazard.reported.v1", "hazard.closed.v1", "task.*"],
             "regionCode": "500240000000", "description": "重庆市应急管理局综合监管平台"}""";

    static final String REFUSED_URL = """
            {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
             "status": 400, "detail": "url: its host metadata.internal resolves to 169.254.169.254, a link-local address (169.254.0.0/16, where cloud metadata services answer)",
             "errors": [{"field": "url", "reason": "its host metadata.internal resolves to 169.254.169.254, a link-local address (169.254.0.0/16, where cloud metadata services answer)"},
                        {"field": "eventTypes[1]", "reason": "is not an event type of the catalogue (deploy/asyncapi.yaml), e.g. hazard.closed.v1, nor a prefix such as hazard.*"}]}""";

    static final String CONFLICT = """
            {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
             "detail": "a ACTIVE subscription cannot take RESUME: it is not suspended",
             "currentStatus": "ACTIVE", "refusedAction": "RESUME"}""";

    static final String STILL_QUEUED = """
            {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
             "detail": "the delivery is still queued (PENDING): it is sent at its nextAttemptAt, or when its subscription is resumed",
             "currentStatus": "PENDING", "refusedAction": "REPLAY"}""";

    private WebhookExamples() {
    }
}
