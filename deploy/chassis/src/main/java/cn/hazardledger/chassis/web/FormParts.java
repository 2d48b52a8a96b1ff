package cn.hazardledger.chassis.web;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The parts of a multipart/form-data upload, read as sent, never guessed at (as JSON bodies are): a part the
 * upload does not have is refused by its name rather than ignored, and so is a part sent twice.
 */
public final class FormParts {

    private FormParts() {
    }

    /**
     * The parts of {@code form}, each one of {@code allowed} and at most once; otherwise a 400 naming the part,
     * whose reason ends with {@code whatToSend} (e.g. "send the part file and, if you like, caption").
     */
    public static Map<String, Collection<FormValue>> only(MultipartFormDataInput form, String whatToSend,
                                                          String... allowed) {
        Map<String, Collection<FormValue>> parts = form == null ? Map.of() : form.getValues();
        for (Map.Entry<String, Collection<FormValue>> part : parts.entrySet()) {
            String name = part.getKey();
            if (name == null || !List.of(allowed).contains(name)) {
                throw ProblemException.invalidField(name == null || name.isBlank() ? "body" : name,
                        "is not a part of this upload: " + whatToSend);
            }
            if (part.getValue().size() > 1) {
                throw ProblemException.invalidField(name, "is sent more than once");
            }
        }
        return parts;
    }
}
