package cn.hazardledger.chassis.audit;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.Problem;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Records every write of the REST API and every sensitive read, whatever their outcome. A JAX-RS response filter
 * rather than a Vert.x route handler: it knows the matched resource method (its route template, path parameters
 * and {@link SensitiveRead}), and with {@code quarkus.http.auth.proactive=false} the 401s and 403s are made at the
 * resource layer and mapped to problem+json there, so this filter sees them too. What the HTTP layer refuses
 * before any resource (a URI over 8 KiB, headers over 16 KiB, a broken request line: HttpGuard, MalformedRequests)
 * never reached the API and is not recorded.
 */
public class AuditFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_ID_LENGTH = 200;

    @Inject
    AuditTrail trail;

    @Inject
    SensitiveReads marks;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Clock clock;

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
                            HttpServerRequest http) {
        String method = request.getMethod();
        Method target = resource == null ? null : resource.getResourceMethod();
        String action = sensitiveAction(target);
        if (!AuditRecord.isWrite(method) && action == null) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        String requestId = requestId(request.getHeaderString(REQUEST_ID));
        response.getHeaders().putSingle(REQUEST_ID, requestId);
        String route = target != null
                ? AuditRecord.template(pathOf(resource.getResourceClass().getAnnotation(Path.class)),
                pathOf(target.getAnnotation(Path.class)))
                : cap(request.getUriInfo().getPath(), 500);
        Map<String, String> ids = ids(target == null ? null : request.getUriInfo().getPathParameters());
        String problemType = response.getEntity() instanceof Problem p ? p.type() : null;
        String address = http.remoteAddress() == null || openToAnyone(target) ? null : http.remoteAddress().hostAddress();
        // a 401 means no token was believed: its claims, if any, are not the caller's
        Uni<SecurityIdentity> who = status == 401 ? Uni.createFrom().nullItem()
                : identities.getDeferredIdentity().onFailure().recoverWithNull();
        return who.onItem().transformToUni(identity -> {
            AuditRecord record = of(identity, requestId, address, method, route, ids, action, status, problemType);
            if (BlockingOperationControl.isBlockingAllowed()) {
                trail.write(record);
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(() -> {
                trail.write(record);
                return (Void) null;
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        });
    }

    /**
     * An endpoint open to anyone (@PermitAll) is how the public and whistle-blowers report: their address would
     * name them to whoever reads the trail (a whistle-blower writing from the works' network), so it is not kept;
     * the rate limit counts them by a keyed fingerprint instead.
     */
    private static boolean openToAnyone(Method target) {
        return target != null && (target.isAnnotationPresent(PermitAll.class)
                || target.getDeclaringClass().isAnnotationPresent(PermitAll.class));
    }

    private String sensitiveAction(Method target) {
        if (target != null) {
            SensitiveRead marked = target.getAnnotation(SensitiveRead.class);
            if (marked == null) {
                marked = target.getDeclaringClass().getAnnotation(SensitiveRead.class);
            }
            if (marked != null) {
                return marked.value();
            }
        }
        try {
            return marks.action();
        } catch (RuntimeException noRequestScope) {
            return null;
        }
    }

    private AuditRecord of(SecurityIdentity identity, String requestId, String address, String method, String route,
                           Map<String, String> ids, String action, int status, String problemType) {
        String subject = null;
        String name = null;
        String role = null;
        String region = null;
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = cap(jwt.getSubject() != null ? jwt.getSubject() : jwt.getName(), MAX_ID_LENGTH);
            name = cap(text(jwt.getClaim(Caller.NAME_CLAIM)), MAX_ID_LENGTH);
            role = Caller.roleOf(identity.getRoles());
            String claimed = text(jwt.getClaim(Caller.REGION_CLAIM));
            region = RegionCode.isValid(claimed) ? claimed : null;
        }
        return new AuditRecord(UUID.randomUUID(), clock.instant(), requestId, subject, name, role, region, address,
                method, cap(route, 500), ids, action, status, AuditRecord.Outcome.of(status), problemType);
    }

    static String requestId(String offered) {
        return offered != null && CLIENT_REQUEST_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static Map<String, String> ids(MultivaluedMap<String, String> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return null;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        parameters.forEach((k, v) -> ids.put(k, v.isEmpty() ? null : cap(v.get(0), MAX_ID_LENGTH)));
        return ids;
    }

    private static String pathOf(Path path) {
        return path == null ? null : path.value();
    }

    private static String text(Object claim) {
        return claim instanceof String s ? s : claim instanceof jakarta.json.JsonString j ? j.getString() : null;
    }

    private static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
