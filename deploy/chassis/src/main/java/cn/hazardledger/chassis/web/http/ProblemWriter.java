package cn.hazardledger.chassis.web.http;

import cn.hazardledger.chassis.web.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;

/** Writes a problem straight onto a Vert.x response, for what is refused before JAX-RS sees the request. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void write(HttpServerResponse response, ObjectMapper json, Problem problem, boolean closeConnection) {
        if (response.ended() || response.closed()) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        if (!response.headWritten()) {
            response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
            if (closeConnection) {
                // the rest of an oversized or unreadable request is not worth reading
                response.putHeader("Connection", "close");
            }
        }
        response.end(body);
    }
}
