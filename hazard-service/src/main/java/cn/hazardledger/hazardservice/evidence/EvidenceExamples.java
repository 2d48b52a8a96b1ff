package cn.hazardledger.hazardservice.evidence;

/** Examples of answers for the API document. */
final class EvidenceExamples {

    private EvidenceExamples() {
    }

    static final String PROBLEM = "https://hazard-ledger.cn/problems/";

    static final String MISSING_FILE = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"file: is required: a multipart/form-data part holding the photo or document\","
            + "\"errors\":[{\"field\":\"file\",\"reason\":\"is required: a multipart/form-data part holding the photo or document\"}]}";

    static final String CUT_SHORT = "{\"type\":\"" + PROBLEM + "validation\",\"title\":\"请求参数不合法 / invalid request\","
            + "\"status\":400,\"detail\":\"file: is cut short: a JPEG ends with its end-of-image marker FF D9\","
            + "\"errors\":[{\"field\":\"file\",\"reason\":\"is cut short: a JPEG ends with its end-of-image marker FF D9\"}]}";

    static final String NOT_FOUND = "{\"type\":\"" + PROBLEM + "not-found\",\"title\":\"资源不存在 / not found\","
            + "\"status\":404,\"detail\":\"no such hazard in your region\"}";

    static final String EVIDENCE_NOT_FOUND = "{\"type\":\"" + PROBLEM + "not-found\",\"title\":\"资源不存在 / not found\","
            + "\"status\":404,\"detail\":\"no such evidence of this hazard in your region\"}";

    static final String TOO_LARGE = "{\"type\":\"" + PROBLEM + "payload-too-large\",\"title\":\"请求体过大 / request body "
            + "too large\",\"status\":413,\"detail\":\"the file is larger than 10485760 bytes (10 MiB)\"}";

    static final String WRONG_TYPE = "{\"type\":\"" + PROBLEM + "unsupported-media-type\",\"title\":\"不支持的内容类型 / "
            + "unsupported media type\",\"status\":415,\"detail\":\"the file's bytes are text/plain, whatever its name "
            + "says: only JPEG, PNG and PDF are kept\"}";

    static final String KEY_REUSED = "{\"type\":\"" + PROBLEM + "idempotency-key-reused\",\"title\":\"幂等键已用于其他请求 / "
            + "Idempotency-Key reused\",\"status\":422,\"detail\":\"this Idempotency-Key was used for a different request; "
            + "use a new key for a new request\"}";

    static final String NOT_ACCEPTABLE = "{\"type\":\"" + PROBLEM + "not-acceptable\",\"title\":\"无法提供该格式 / not "
            + "acceptable\",\"status\":406,\"detail\":\"this evidence is application/pdf, which your Accept header does not take\"}";

    static final String EVIDENCE = "{\"id\":\"0f8e4c1e-6a55-4b8e-9b4e-2f1d8c7a9b10\",\"hazardId\":\"7d1c2b3a-4e5f-4a6b-8c9d-0e1f2a3b4c5d\","
            + "\"kind\":\"PHOTO\",\"mediaType\":\"image/jpeg\",\"sizeBytes\":184233,"
            + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"fileName\":\"灶具照片.jpg\","
            + "\"caption\":\"液化气钢瓶与灶具同室存放\",\"capturedAt\":\"2026-11-24T09:41:07+08:00\",\"latitude\":30.012345,"
            + "\"longitude\":108.123456,\"uploadedBy\":\"inspector-500240213000\",\"uploaderRole\":\"INSPECTOR\","
            + "\"uploadedAt\":\"2026-11-24T10:00:00+08:00\",\"entrySequence\":null}";
}
