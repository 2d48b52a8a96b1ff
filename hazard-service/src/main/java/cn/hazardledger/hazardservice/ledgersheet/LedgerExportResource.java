package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.audit.SensitiveRead;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.hazardservice.evidence.FileNames;
import cn.hazardledger.hazardservice.hazard.HazardFilter;
import cn.hazardledger.hazardservice.hazard.HazardSort;
import cn.hazardledger.hazardservice.hazard.HazardQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.format.DateTimeFormatter;

// /hazards.xlsx is no path under /hazards (JAX-RS roots match whole segments), hence a root of its own
@Path("")
@Tag(name = "hazards", description = "隐患台账")
public class LedgerExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    LedgerExport export;

    @GET
    @Path("/hazards.xlsx")
    @SensitiveRead("ledger.export")
    @Produces(XLSX)
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "导出台账（Excel）/ export the ledger as XLSX",
            description = "隐患台账导出为 Excel：中文表头、一张工作表、日期为日期单元格、首行冻结。The hazards GET /hazards lists "
                    + "with the same filters and in your scope, in ledger order (reported time, oldest first), one row "
                    + "each, in the columns POST /hazards/imports reads back; `sort` orders it as it orders the list. "
                    + "No phone numbers. At most "
                    + "ledger-sheet.export-max-rows (200,000) rows: more is a 400 asking for narrower filters.")
    @APIResponse(responseCode = "200", description = "台账 / the ledger sheet",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''隐患台账-<date>.xlsx",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "筛选条件无效或结果过多 / a bad filter (errors[] names it), or more "
            + "rows than one export holds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "bad filter", value = SheetExamples.BAD_FILTER),
                    @ExampleObject(name = "too many rows", value = SheetExamples.TOO_MANY)}))
    public Response xlsx(@BeanParam HazardQuery query) {
        return sheet(query, XlsxSheetWriter::new, XLSX, "xlsx");
    }

    @GET
    @Path("/hazards.csv")
    @SensitiveRead("ledger.export")
    @Produces(CSV)
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "导出台账（CSV）/ export the ledger as CSV",
            description = "隐患台账导出为 CSV（UTF-8，带 BOM，Excel 可直接打开）。The same rows and columns as GET /hazards.xlsx, "
                    + "written as they are read; dates yyyy-MM-dd, times yyyy-MM-dd HH:mm:ss (China time). A text cell "
                    + "that would start with = + - @ gets a leading apostrophe, so that Excel shows it rather than "
                    + "running it as a formula; the import takes it off again.")
    @APIResponse(responseCode = "200", description = "台账 / the ledger as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''隐患台账-<date>.csv",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "筛选条件无效或结果过多 / a bad filter (errors[] names it), or more "
            + "rows than one export holds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "bad filter", value = SheetExamples.BAD_FILTER),
                    @ExampleObject(name = "too many rows", value = SheetExamples.TOO_MANY)}))
    public Response csv(@BeanParam HazardQuery query) {
        return sheet(query, CsvSheetWriter::new, CSV + "; charset=UTF-8", "csv");
    }

    /** Opens a sheet writer over the response body. */
    interface Writers {
        SheetWriter open(java.io.OutputStream out) throws java.io.IOException;
    }

    /** The selection is made (and refused) before the answer begins; the rows stream once it has. */
    private Response sheet(HazardQuery query, Writers writers, String type, String extension) {
        LedgerExport.Selection selection = export.select(HazardFilter.of(query), order(query));
        StreamingOutput body = out -> {
            try (SheetWriter writer = writers.open(out)) {
                export.write(selection, writer);
            }
        };
        return attachment(body, type, extension);
    }

    /** The ledger's own order (reported, oldest first) unless the list's `sort` asks for another. */
    private static HazardSort order(HazardQuery query) {
        return query.sort == null || query.sort.isBlank() ? HazardSort.OLDEST : HazardSort.of(query.sort);
    }

    private Response attachment(StreamingOutput body, String type, String extension) {
        String name = "隐患台账-" + DateTimeFormatter.BASIC_ISO_DATE.format(export.today()) + "." + extension;
        // RFC 6266: an ASCII name for old clients, the Chinese one (filename*) for every browser since 2012
        String encoded = FileNames.encode(name);
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"hazard-ledger."
                + extension + "\"; filename*=UTF-8''" + encoded).build();
    }
}
