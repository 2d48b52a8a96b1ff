package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.web.FormParts;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.http.RequestText;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * The parts of an upload, read as sent, never guessed at (as JSON bodies are): exactly one file part, at most one
 * caption, nothing else. A part the upload does not have is refused by name, not ignored.
 *
 * @param fileName the name the file was sent with, cleaned ({@link FileNames#clean}); null when none was sent
 * @param caption  null when none was sent or it is blank
 */
record UploadForm(Path file, long size, String fileName, String caption) {

    static final String FILE = "file";
    static final String CAPTION = "caption";
    static final int MAX_CAPTION = 500;

    static UploadForm of(FileUpload file, MultipartFormDataInput form) {
        Map<String, Collection<FormValue>> parts = FormParts.only(form, "send the part file and, if you like, caption",
                FILE, CAPTION);
        if (file == null || file.filePath() == null) {
            throw ProblemException.invalidField(FILE, "is required: a multipart/form-data part holding the photo or document");
        }
        return new UploadForm(file.filePath(), file.size(), FileNames.clean(file.fileName()), caption(parts.get(CAPTION)));
    }

    private static String caption(Collection<FormValue> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        FormValue value = values.iterator().next();
        if (value.isFileItem()) {
            throw ProblemException.invalidField(CAPTION, "must be a text part, not a file");
        }
        String text = value.getValue().strip();
        // the part's bytes were decoded in its charset (UTF-8 unless it names another); a byte that is not
        // valid there became U+FFFD, which no one types
        if (text.indexOf('\uFFFD') >= 0) {
            throw ProblemException.invalidField(CAPTION, "is not valid text in its charset (UTF-8 unless the part names another)");
        }
        if (text.chars().anyMatch(RequestText::isControl)) {
            throw ProblemException.invalidField(CAPTION, "holds a control character");
        }
        if (text.codePointCount(0, text.length()) > MAX_CAPTION) {
            throw ProblemException.invalidField(CAPTION, "must be at most " + MAX_CAPTION + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
