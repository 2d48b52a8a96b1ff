package cn.hazardledger.hazardservice.evidence;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart/form-data body of an upload, for the API document only: {@link UploadForm} reads the parts. */
@Schema(name = "EvidenceUpload", description = "上传证据 / an upload: one file and an optional caption",
        requiredProperties = UploadForm.FILE)
public class EvidenceUpload {

    @Schema(type = SchemaType.STRING, format = "binary", description = "照片或文件 / the photo or document: JPEG, PNG "
            + "or PDF by its bytes (its name and declared type are not trusted), at most 10 MiB, complete")
    public String file;

    @Schema(maxLength = UploadForm.MAX_CAPTION, description = "说明 / what it shows, as text",
            examples = "液化气钢瓶与灶具同室存放")
    public String caption;
}
