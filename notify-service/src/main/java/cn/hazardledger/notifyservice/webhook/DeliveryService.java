package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A subscription's deliveries: their log and their replay, seen only through a subscription the caller sees. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryQueue queue;

    @Inject
    Clock clock;

    public DeliveryPage list(UUID subscriptionId, DeliveryState state, String cursorToken, int limit) {
        Subscription s = subscriptions.visible(subscriptionId);
        StringBuilder query = new StringBuilder("subscriptionId = :subscription");
        Parameters params = Parameters.with("subscription", s.id);
        if (state != null) {
            query.append(" and state = :state");
            params.and("state", state);
        }
        Keyset.newestFirstAfter(cursorToken, "createdAt", "id", query, params);
        Keyset.Page<Delivery> page = Keyset.page(Delivery.<Delivery>find(query.toString(), params).page(0, limit + 1).list(),
                limit, d -> d.createdAt, d -> d.id);
        return new DeliveryPage(page.rows().stream().map(d -> DeliveryView.of(d, null)).toList(), page.nextCursor());
    }

    public DeliveryView get(UUID subscriptionId, UUID deliveryId) {
        Delivery d = find(subscriptions.visible(subscriptionId), deliveryId);
        return DeliveryView.of(d, Attempt.<Attempt>list("deliveryId = ?1 order by attempt", d.id).stream()
                .map(DeliveryView.AttemptView::of).toList());
    }

    /** The same CloudEvent (same id, same body) again, newly signed; a queued delivery is refused, being on its way. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DeliveryView replay(UUID subscriptionId, UUID deliveryId) {
        Delivery d = find(subscriptions.visible(subscriptionId), deliveryId);
        if (!queue.replay(d.id, Instant.now(clock))) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "the delivery is still queued (PENDING): it is "
                    + "sent at its nextAttemptAt, or when its subscription is resumed").with(Map.of(
                    "currentStatus", DeliveryState.PENDING.name(), "refusedAction", "REPLAY")));
        }
        Delivery.getEntityManager().refresh(d);
        return get(subscriptionId, deliveryId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReplayView replaySince(UUID subscriptionId, OffsetDateTime since) {
        Subscription s = subscriptions.visible(subscriptionId);
        Instant now = Instant.now(clock);
        if (since.toInstant().isAfter(now)) {
            throw ProblemException.invalidField("since", "lies in the future");
        }
        return new ReplayView(queue.replaySince(s.id, since.toInstant(), now), s.status);
    }

    private static Delivery find(Subscription s, UUID deliveryId) {
        return Delivery.<Delivery>findByIdOptional(deliveryId).filter(d -> d.subscriptionId.equals(s.id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such delivery of this subscription"));
    }
}
