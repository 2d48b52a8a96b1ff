package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscriptions as regulators manage them, each within their region. */
@ApplicationScoped
public class SubscriptionService {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    TargetRules targets;

    @Inject
    WebhookConfig config;

    @Inject
    DeliveryQueue queue;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubscriptionView create(SubscriptionRequest request) {
        checked(request);
        Instant now = Instant.now(clock);
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        apply(s, request);
        s.status = SubscriptionStatus.ACTIVE;
        String secret = Signatures.newSecret();
        s.secret = SecretSeal.seal(cipher, s.id, SecretSeal.SECRET, secret);
        s.createdBy = caller.subject();
        s.createdAt = now;
        s.updatedAt = now;
        s.persist();
        Subscription.flush();
        return SubscriptionView.withSecret(s, now, secret);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SubscriptionView update(UUID id, String ifMatch, SubscriptionRequest request) {
        Subscription s = visible(id);
        Preconditions.requireMatch(ifMatch, s.version);
        checked(request);
        apply(s, request);
        return saved(s);
    }

    /** Its queued deliveries and their log go with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(UUID id, String ifMatch) {
        Subscription s = visible(id);
        Preconditions.requireMatch(ifMatch, s.version);
        s.delete();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SubscriptionView suspend(UUID id, String ifMatch) {
        Subscription s = visible(id);
        Preconditions.requireMatch(ifMatch, s.version);
        if (s.status == SubscriptionStatus.SUSPENDED) {
            throw conflict(s, "SUSPEND", "it is already suspended");
        }
        s.status = SubscriptionStatus.SUSPENDED;
        s.suspendedAt = Instant.now(clock);
        s.suspendedReason = "suspended by " + caller.subject();
        return saved(s);
    }

    /** What waited while it was suspended is sent at once, each delivery with its retries counted afresh. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubscriptionView resume(UUID id, String ifMatch) {
        Subscription s = visible(id);
        Preconditions.requireMatch(ifMatch, s.version);
        if (s.status == SubscriptionStatus.ACTIVE) {
            throw conflict(s, "RESUME", "it is not suspended");
        }
        s.status = SubscriptionStatus.ACTIVE;
        s.suspendedAt = null;
        s.suspendedReason = null;
        s.consecutiveFailures = 0;
        SubscriptionView view = saved(s);
        queue.releaseWaiting(s.id, Instant.now(clock));
        return view;
    }

    /** The new secret signs from now on; the old one beside it for webhooks.secret-grace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubscriptionView rotateSecret(UUID id, String ifMatch) {
        Subscription s = visible(id);
        Preconditions.requireMatch(ifMatch, s.version);
        Instant now = Instant.now(clock);
        String replaced;
        try {
            replaced = SecretSeal.open(cipher, s.id, SecretSeal.SECRET, s.secret);
        } catch (FieldCipher.SealedValueRefused e) {
            // it cannot sign (altered, or its key removed too early): the rotation is the remedy, with no grace
            LOG.errorf("webhook subscription %s: its signing secret does not open (%s); rotated without a grace period",
                    s.id, e.getMessage());
            replaced = null;
        }
        s.previousSecret = replaced == null ? null : SecretSeal.seal(cipher, s.id, SecretSeal.PREVIOUS, replaced);
        s.previousSecretUntil = replaced == null ? null : now.plus(config.secretGrace());
        String secret = Signatures.newSecret();
        s.secret = SecretSeal.seal(cipher, s.id, SecretSeal.SECRET, secret);
        s.updatedAt = now;
        Subscription.flush();
        return SubscriptionView.withSecret(s, now, secret);
    }

    public SubscriptionPage list(String cursorToken, int limit) {
        StringBuilder query = new StringBuilder("regionCode like :scope");
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        Keyset.newestFirstAfter(cursorToken, "createdAt", "id", query, params);
        Keyset.Page<Subscription> page = Keyset.page(Subscription.<Subscription>find(query.toString(), params)
                .page(0, limit + 1).list(), limit, s -> s.createdAt, s -> s.id);
        Instant now = Instant.now(clock);
        return new SubscriptionPage(page.rows().stream().map(s -> SubscriptionView.of(s, now)).toList(), page.nextCursor());
    }

    public SubscriptionView view(Subscription s) {
        return SubscriptionView.of(s, Instant.now(clock));
    }

    /** A subscription of the caller's region or below it; any other answers 404, as if it did not exist. */
    public Subscription visible(UUID id) {
        return Subscription.<Subscription>findByIdOptional(id)
                .filter(s -> caller.canSee(RegionCode.of(s.regionCode)))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such webhook subscription in your region"));
    }

    private SubscriptionView saved(Subscription s) {
        s.updatedAt = Instant.now(clock);
        Subscription.flush();
        return view(s);
    }

    private void apply(Subscription s, SubscriptionRequest request) {
        RegionCode region = RegionCode.of(request.regionCode());
        s.url = request.url().strip();
        s.eventTypes(request.eventTypes().stream().map(String::strip).toList());
        s.regionCode = region.value();
        s.regionPrefix = region.scopePrefix();
        s.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
    }

    /** Every field's problem at once, so that a form shows them together. */
    private void checked(SubscriptionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!caller.canSee(RegionCode.of(request.regionCode()))) {
            errors.add(new Problem.FieldError("regionCode", "outside your region " + caller.region()));
        }
        targets.problemWith(request.url().strip()).ifPresent(r -> errors.add(new Problem.FieldError("url", r)));
        EventTypes.problems(request.eventTypes().stream().map(String::strip).toList())
                .forEach(p -> errors.add(new Problem.FieldError("eventTypes[" + p.index() + "]", p.reason())));
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new ProblemException(Problem.invalid(detail, errors));
        }
    }

    private static ProblemException conflict(Subscription s, String action, String why) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, "a " + s.status + " subscription cannot take "
                + action + ": " + why).with(Map.of("currentStatus", s.status.name(), "refusedAction", action)));
    }
}
