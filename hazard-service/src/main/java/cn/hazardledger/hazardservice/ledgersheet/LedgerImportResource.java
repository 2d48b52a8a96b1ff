package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.BodyLimits;
import cn.hazardledger.chassis.web.FormParts;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.hazardservice.evidence.FileNames;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.util.List;

// the same root as HazardResource: one tree of /hazards paths (see ledger/LedgerResource)
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hazards", description = "隐患台账")
public class LedgerImportResource {

    @Inject
    Caller caller;

    @Inject
    LedgerImporter importer;

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    // a large ledger is thousands of hazards, entries and events in one transaction
    @TransactionConfiguration(timeout = 600)
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "导入台账 / import a ledger kept elsewhere",
            description = "导入乡镇原有的 Excel 隐患台账（XLSX 或 CSV，与导出的台账同一格式）。Imports a ledger in the layout "
                    + "GET /hazards.xlsx writes (the columns are found by their Chinese headers, in any order; enums by "
                    + "their Chinese names or codes), as multipart/form-data part `file`, XLSX or CSV told from the "
                    + "bytes, at most 10 MiB. All or nothing: a file with any bad row is refused with every bad row "
                    + "and column and the reason in Chinese (errors[], problems[]), and nothing is imported. Rows "
                    + "already in the ledger (same 台账编号, or same 所在区域代码, 隐患名称 and 上报时间) are left alone, so "
                    + "the same file again creates nothing. Each new hazard keeps status, source and dates as given, "
                    + "gets one IMPORT ledger entry signed by you and publishes hazard.imported.v1. Every row's region "
                    + "must be within yours.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = LedgerUpload.class)))
    @APIResponse(responseCode = "200", description = "已导入 / imported: what was created, what was there already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "imported", value = SheetExamples.IMPORTED)))
    @APIResponse(responseCode = "400", description = "文件有误，未导入任何内容 / the file has problems: every one in "
            + "problems[] (row, column, reason in Chinese) and errors[] (column, message); or no file part",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "bad rows", value = SheetExamples.BAD_ROWS),
                    @ExampleObject(name = "missing file", value = SheetExamples.MISSING_FILE)}))
    @APIResponse(responseCode = "413", description = "文件超过 10 MiB / the file is over 10 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too large", value = SheetExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "不是 XLSX 或 CSV / the bytes are neither (an old .xls, a PDF)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "old xls", value = SheetExamples.WRONG_TYPE)))
    public ImportResult importLedger(@RestForm("file") @Parameter(hidden = true) FileUpload file,
                                     @Parameter(hidden = true) MultipartFormDataInput form) throws IOException {
        // who imports, and into which region, is settled before the file is looked at: a token whose region
        // claim is unreadable is a 401 whatever it sent
        caller.region();
        FormParts.only(form, "send the one part file, the ledger as XLSX or CSV", "file");
        if (file == null || file.filePath() == null) {
            throw ProblemException.invalidField("file", "is required: a multipart/form-data part holding the ledger as XLSX or CSV");
        }
        if (file.size() > BodyLimits.FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the file is larger than " + BodyLimits.FILE_BYTES
                    + " bytes (10 MiB): split the ledger by year");
        }
        String name = FileNames.clean(file.fileName());
        try {
            return importer.importFile(file.filePath(), name == null ? "台账" : name);
        } catch (UnreadableSheet e) {
            if (e.wrongType()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
            }
            throw LedgerImporter.refusal(List.of(SheetProblem.ofFile(e.getMessage())));
        }
    }

    /** The multipart/form-data body, for the API document only. */
    @Schema(name = "LedgerUpload", description = "导入台账 / the ledger file", requiredProperties = "file")
    public static class LedgerUpload {
        @Schema(type = SchemaType.STRING, format = "binary",
                description = "台账文件 / the ledger: XLSX or CSV (UTF-8 or GBK) by its bytes, at most 10 MiB")
        public String file;
    }
}
