package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * A multipart/form-data body (an upload) as its parts, so that a mutation can leave one out, add one or change one.
 * A valid one has a part for every property of the form's schema: a file ({@code format: binary}) is a 1x1 PNG, the
 * one file every upload of this system takes; text is the schema's valid text.
 */
public record Form(List<Part> parts) {

    /** One part; {@code fileName} is null for a text part. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
    }

    static final String BOUNDARY = "hostile-form-7d1c2b3a4e5f";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static Form valid(JsonNode schema, Values values, Random rnd) {
        List<Part> parts = new ArrayList<>();
        for (String name : Schemas.properties(schema)) {
            JsonNode property = schema.get("properties").get(name);
            parts.add(isFile(property) ? file(name, PNG)
                    : text(name, values.validText(name, property, rnd)));
        }
        return new Form(List.copyOf(parts));
    }

    /** POST /hazards/imports: its file part is a ledger sheet (hazard-service, "Ledger export and import"). */
    static boolean isLedgerImport(Operation op) {
        return op.path().endsWith("/hazards/imports");
    }

    /** A one-row ledger in the import's CSV layout (UTF-8 with BOM), the row a reported hazard in {@code region}. */
    static Form ledger(String region) {
        String csv = "\uFEFF隐患名称,隐患描述,所在区域代码,行业,隐患来源,隐患等级,状态,上报时间\r\n"
                + "模糊测试基线隐患,台账导入的基线行," + region + ",GAS,GRID_PATROL,GENERAL,REPORTED,2026-01-05 10:00:00\r\n";
        return new Form(List.of(new Part("file", "ledger.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    static boolean isFile(JsonNode property) {
        return "binary".equals(Schemas.format(property));
    }

    static Part file(String name, byte[] content) {
        return new Part(name, name + ".png", "image/png", content);
    }

    static Part text(String name, String value) {
        return new Part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
    }

    public Form without(String name) {
        return new Form(parts.stream().filter(p -> !p.name().equals(name)).toList());
    }

    public Form plus(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(part);
        return new Form(List.copyOf(more));
    }

    public Form replacing(String name, Part part) {
        return new Form(parts.stream().map(p -> p.name().equals(name) ? part : p).toList());
    }

    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder head = new StringBuilder("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
            if (p.fileName() != null) {
                head.append("; filename=\"").append(p.fileName()).append('"');
            }
            head.append("\r\nContent-Type: ").append(p.contentType()).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
