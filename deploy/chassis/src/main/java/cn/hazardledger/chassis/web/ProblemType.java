package cn.hazardledger.chassis.web;

/** The catalogue of problem types this service answers with; clients may switch on {@link #uri()}. */
public enum ProblemType {
    VALIDATION("validation", "请求参数不合法 / invalid request", 400),
    MALFORMED("malformed-request", "请求体无法解析 / malformed request body", 400),
    UNAUTHENTICATED("unauthenticated", "未认证 / missing or invalid bearer token", 401),
    FORBIDDEN("forbidden", "无权操作 / not allowed for this role", 403),
    NOT_FOUND("not-found", "资源不存在 / not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "方法不允许 / method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "无法提供该格式 / not acceptable", 406),
    CONFLICT("conflict", "状态冲突 / conflict", 409),
    PRECONDITION_FAILED("precondition-failed", "数据已被修改 / stale If-Match", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "请求体过大 / request body too large", 413),
    URI_TOO_LONG("uri-too-long", "请求地址过长 / request URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "不支持的内容类型 / unsupported media type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "幂等键已用于其他请求 / Idempotency-Key reused", 422),
    PRECONDITION_REQUIRED("precondition-required", "缺少 If-Match / If-Match required", 428),
    TOO_MANY_REQUESTS("too-many-requests", "请求过于频繁，请稍后再试 / too many requests, retry later", 429),
    HEADERS_TOO_LARGE("headers-too-large", "请求头过大 / request headers too large", 431),
    INTERNAL("internal", "服务器内部错误 / internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "服务暂不可用，请稍后重试 / service unavailable, retry later", 503),
    HTTP("http-error", "请求失败 / request failed", 400);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "https://hazard-ledger.cn/problems/" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            // a bare 400 from the framework names no field: it is a request that could not be read
            if (t.status == status && t != HTTP && t != VALIDATION && t != IDEMPOTENCY_KEY_REUSED) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : HTTP;
    }
}
