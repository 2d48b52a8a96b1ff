package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcknowledgeRequest", description = "回执: an optional note for the sender")
public record AcknowledgeRequest(@Schema(maxLength = 500) String note) {

    static final int NOTE_MAX = 500;

    /**
     * The body is optional (a phone acknowledges with one tap and no body), which a JSON body parameter cannot
     * express: a POST without Content-Type would be refused before the resource runs. So it is read here.
     */
    static AcknowledgeRequest read(ObjectMapper json, String body, String contentType) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return new AcknowledgeRequest(null);
        }
        if (!isJson(contentType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the body, when sent, is application/json");
        }
        AcknowledgeRequest request = json.readValue(body, AcknowledgeRequest.class);
        if (request == null) {
            throw ProblemException.invalidField("body", "must be a JSON object, e.g. {\"note\": \"已收悉\"}");
        }
        if (request.note() != null && request.note().length() > NOTE_MAX) {
            throw ProblemException.invalidField("note", "at most " + NOTE_MAX + " characters");
        }
        return request;
    }

    /** application/json with any parameters (charset), and nothing that merely starts like it (application/jsonx). */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip();
        return type.equalsIgnoreCase("application/json");
    }
}
