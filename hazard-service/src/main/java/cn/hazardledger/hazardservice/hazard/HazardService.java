package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reporting and reading hazards, always within the caller's region. */
@ApplicationScoped
public class HazardService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView report(ReportHazardRequest request) {
        RegionCode region = RegionCode.of(request.regionCode());
        if (!caller.canSee(region)) {
            throw ProblemException.invalidField("regionCode", "outside your region " + caller.region());
        }
        Transition reported = Hazard.report(request, region, Actor.of(caller), Instant.now(clock));
        reported.hazard().persist();
        return stored(reported);
    }

    /**
     * The township's review (核实): confirmed into the ledger or rejected. Only a reported hazard can be
     * reviewed, and only against the version the reviewer saw.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView review(UUID id, String ifMatch, LedgerAction action, String reason, String note) {
        Hazard hazard = findVisible(id).orElseThrow(HazardService::notFound);
        Preconditions.requireMatch(ifMatch, hazard.version);
        return stored(hazard.review(action, reason, note, Actor.of(caller), Instant.now(clock)));
    }

    /** Keeps what a move did: its entry and its event commit with the hazard or not at all. */
    private HazardView stored(Transition transition) {
        transition.entry().persist();
        outbox.append(transition.event());
        // flush so that the answer carries the version the next If-Match must name
        Hazard.flush();
        return HazardView.of(transition.hazard());
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such hazard in your region");
    }

    public Optional<Hazard> findVisible(UUID id) {
        return Hazard.<Hazard>findByIdOptional(id).filter(h -> caller.canSee(RegionCode.of(h.regionCode)));
    }

    public HazardPage list(HazardStatus status, HazardLevel level, String cursorToken, int limit) {
        StringBuilder query = new StringBuilder("regionCode like :scope");
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (level != null) {
            query.append(" and level = :level");
            params.and("level", level);
        }
        Keyset.newestFirstAfter(cursorToken, "reportedAt", "id", query, params);
        Keyset.Page<Hazard> page = Keyset.page(Hazard.<Hazard>find(query.toString(), params).page(0, limit + 1).list(),
                limit, h -> h.reportedAt, h -> h.id);
        return new HazardPage(page.rows().stream().map(HazardView::of).toList(), page.nextCursor());
    }

    public List<LedgerEntryView> entries(Hazard hazard) {
        return HazardEntry.<HazardEntry>find("hazardId = ?1 order by sequence", hazard.id).stream()
                .map(LedgerEntryView::of).toList();
    }
}
