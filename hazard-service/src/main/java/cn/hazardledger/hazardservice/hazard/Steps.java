package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How every step on a hazard answers: once per Idempotency-Key (a phone's retry gets the first answer again,
 * with Idempotent-Replayed), 200 with the hazard as it now stands and its new ETag for the next If-Match.
 */
@ApplicationScoped
public class Steps {

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response take(UUID hazardId, String step, Object request, String idempotencyKey, Supplier<HazardView> action) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("hazard", hazardId.toString());
        identity.put("step", step);
        identity.put("request", request);
        IdempotentResponse<HazardView> answer = idempotency.once(caller.subject(), idempotencyKey, identity,
                HazardView.class, () -> IdempotentResponse.fresh(200, null, action.get()));
        return Response.status(answer.status()).tag(etag(answer.body().version()))
                .header("Idempotent-Replayed", answer.replayed()).entity(answer.body()).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
