package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.notifyservice.bulletin.source.SourceFailure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A source's failure as the caller hears it: 503 with Retry-After while a source is unreachable, too slow or itself
 * unavailable (a passing failure), 502 when it answered something else. Either way nothing was stored.
 */
final class SourceProblems {

    static final String UNAVAILABLE = "https://hazard-ledger.cn/problems/source-unavailable";
    static final String FAILED = "https://hazard-ledger.cn/problems/source-failed";
    static final String RETRY_AFTER_SECONDS = "30";

    private SourceProblems() {
    }

    static WebApplicationException of(SourceFailure failure) {
        Problem problem = failure.unavailable()
                ? new Problem(UNAVAILABLE, "数据来源暂不可用，请稍后重试 / a source is unavailable, retry later", 503,
                        failure.getMessage() + "; no bulletin was made, retry later", null, null)
                : new Problem(FAILED, "数据来源应答异常 / a source failed", 502, failure.getMessage()
                        + ": it did not answer with its figures; no bulletin was made", null, null);
        Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse());
        if (failure.unavailable()) {
            answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return new WebApplicationException(answer.build());
    }
}
