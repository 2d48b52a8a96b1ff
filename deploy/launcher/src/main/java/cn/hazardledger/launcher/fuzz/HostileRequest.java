package cn.hazardledger.launcher.fuzz;

import java.util.List;

/**
 * One request the server should refuse, and what refusing it should look like.
 *
 * @param service   hazard, task or notify: where it is sent
 * @param operation the operation it was made from ({@link Operation#key()})
 * @param family    the mutation family ({@code body.wrong-type})
 * @param mutation  what exactly was changed ({@code title = 123})
 * @param method    the method as sent (for the report)
 * @param target    the request target as sent, percent-encoded (for the report)
 * @param headers   header fields in order; duplicates allowed
 * @param body      the body bytes, or null
 * @param wire      when not null, the exact bytes to write to a socket (malformed HTTP); the fields above only describe it
 * @param socket    send over a raw socket even though the request is well-formed HTTP (java.net.http would refuse or
 *                  rewrite it)
 */
public record HostileRequest(String service, String operation, String family, String mutation, String method,
                             String target, List<Header> headers, byte[] body, byte[] wire, boolean socket,
                             Expect expect) {

    public record Header(String name, String value) {
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    public String summary() {
        String t = target.length() > 140 ? target.substring(0, 137) + "..." : target;
        return service + "-service " + method + " " + t;
    }
}
