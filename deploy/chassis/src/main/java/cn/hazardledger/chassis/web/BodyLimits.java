package cn.hazardledger.chassis.web;

import java.util.Locale;

/**
 * How large a request body may be, by what it is. A JSON document and an uploaded file are each capped at
 * 10 MiB; a multipart/form-data body carries one file in an envelope of boundaries, part headers and a short
 * text part or two, so it may be that much larger. The HTTP layer's own limit is set above all of these
 * (chassis defaults), so that these answer with problem+json.
 */
public final class BodyLimits {

    public static final long JSON_BYTES = 10L * 1024 * 1024;
    public static final long FILE_BYTES = 10L * 1024 * 1024;
    /** What the envelope around one file may add: the text parts themselves are capped at 2 KiB each by Quarkus. */
    public static final long FORM_ENVELOPE_BYTES = 64L * 1024;
    public static final String MULTIPART_FORM = "multipart/form-data";

    private BodyLimits() {
    }

    /** The most a body of this Content-Type may hold. */
    public static long maxBytes(String contentType) {
        return isMultipartForm(contentType) ? FILE_BYTES + FORM_ENVELOPE_BYTES : JSON_BYTES;
    }

    public static boolean isMultipartForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.toLowerCase(Locale.ROOT).equals(MULTIPART_FORM);
    }
}
