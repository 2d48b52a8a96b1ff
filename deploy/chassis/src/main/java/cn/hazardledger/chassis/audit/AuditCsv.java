package cn.hazardledger.chassis.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The trail as CSV (RFC 4180, UTF-8 with a BOM so that Excel reads the Chinese), one record a line. */
public final class AuditCsv {

    static final String HEADER = "id,at,requestId,subject,subjectName,role,regionCode,clientAddress,method,route,"
            + "resourceIds,action,status,outcome,problemType";

    private AuditCsv() {
    }

    public static String of(List<AuditRecord> records) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditRecord r : records) {
            String ids = r.resourceIds() == null ? null : r.resourceIds().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
            List<Object> cells = java.util.Arrays.asList(r.id(), DateTimeFormatter.ISO_INSTANT.format(r.at()),
                    r.requestId(), r.subject(), r.subjectName(), r.role(), r.regionCode(), r.clientAddress(),
                    r.method(), r.route(), ids, r.action(), r.status(), r.outcome(), r.problemType());
            out.append(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A cell quoted when it must be; text a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
     * with an apostrophe, since a subject or a name is whatever the token said.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
