package cn.hazardledger.chassis.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the audit trail: who (subject, name, role, region of the token; all null for a request without a
 * valid token, whose claims are not to be believed), when, from where, what (method, route template, the ids in
 * the path, the sensitive read's action) and how it ended (status, outcome class, problem type).
 */
public record AuditRecord(UUID id, Instant at, String requestId, String subject, String subjectName, String role,
                          String regionCode, String clientAddress, String method, String route,
                          Map<String, String> resourceIds, String action, int status, Outcome outcome,
                          String problemType) {

    /** The class of an answer, what an auditor filters by. */
    public enum Outcome {
        /** 2xx and 3xx (a 304 revalidation included). */
        SUCCESS,
        /** 401 and 403: the caller was not let in. */
        DENIED,
        /** Any other 4xx: the request was refused as it stood. */
        REFUSED,
        /** 5xx. */
        FAILED;

        public static Outcome of(int status) {
            if (status == 401 || status == 403) {
                return DENIED;
            }
            if (status >= 500) {
                return FAILED;
            }
            return status >= 400 ? REFUSED : SUCCESS;
        }
    }

    /** Methods that change something: recorded whatever their outcome. */
    public static boolean isWrite(String method) {
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    /**
     * The route template as an auditor reads it: the class's and the method's {@code @Path} joined, each
     * parameter's regular expression dropped ({@code /hazards/{id: [0-9a-f-]{36}}/closure} is
     * {@code /hazards/{id}/closure}); a regex may hold braces of its own, so depth is counted.
     */
    public static String template(String classPath, String methodPath) {
        String joined = join(classPath, methodPath);
        StringBuilder out = new StringBuilder(joined.length());
        int depth = 0;
        boolean inRegex = false;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                    out.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                inRegex = true;
            }
            if (depth >= 1 && inRegex) {
                continue;
            }
            if (depth == 1 && c == ' ') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String join(String classPath, String methodPath) {
        String a = classPath == null ? "" : classPath.strip();
        String b = methodPath == null ? "" : methodPath.strip();
        if (!a.startsWith("/")) {
            a = "/" + a;
        }
        if (a.endsWith("/")) {
            a = a.substring(0, a.length() - 1);
        }
        if (b.isEmpty() || b.equals("/")) {
            return a.isEmpty() ? "/" : a;
        }
        return a + (b.startsWith("/") ? b : "/" + b);
    }
}
