package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Cursor;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reporting and reading hazards, always within the caller's region. */
@ApplicationScoped
public class HazardService {

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
        // microseconds: what PostgreSQL keeps, so that the answer equals what a later read returns
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Hazard hazard = new Hazard();
        hazard.id = UUID.randomUUID();
        hazard.title = request.title().strip();
        hazard.description = request.description().strip();
        hazard.regionCode = region.value();
        hazard.industry = request.industry();
        hazard.source = request.source();
        hazard.level = request.level();
        hazard.status = HazardStatus.REPORTED;
        if (request.location() != null) {
            hazard.location = new Location();
            hazard.location.address = request.location().address();
            hazard.location.latitude = request.location().latitude();
            hazard.location.longitude = request.location().longitude();
        }
        hazard.reportedBy = caller.subject();
        hazard.reporterRole = caller.role();
        hazard.reportedAt = now;
        hazard.updatedAt = now;
        hazard.persist();
        appendEntry(hazard, LedgerAction.REPORT, null, now);
        outbox.append("hazard", hazard.id.toString(), HazardReportedV1.TYPE, reported(hazard, region));
        return HazardView.of(hazard);
    }

    /**
     * The township's review (核实): confirmed into the ledger or rejected. Only a reported hazard can be
     * reviewed, and only against the version the reviewer saw.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView review(UUID id, String ifMatch, LedgerAction action, String reason, String note) {
        Hazard hazard = findVisible(id).orElseThrow(HazardService::notFound);
        Preconditions.requireMatch(ifMatch, hazard.version);
        HazardStatus next = HazardLifecycle.next(hazard.status, action).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "a " + hazard.status + " hazard cannot be " + action.name().toLowerCase()
                + "ed; only a REPORTED hazard is reviewed"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        hazard.status = next;
        hazard.updatedAt = now;
        String entryNote = reason == null ? note : reason + (note == null ? "" : ": " + note);
        appendEntry(hazard, action, entryNote, now);
        String type = action == LedgerAction.CONFIRM ? HazardReviewedV1.CONFIRMED : HazardReviewedV1.REJECTED;
        outbox.append("hazard", hazard.id.toString(), type, new HazardReviewedV1(hazard.id.toString(),
                hazard.regionCode, RegionCode.of(hazard.regionCode).township().value(), hazard.level.name(),
                next.name(), reason, note, caller.subject(), caller.role(), ChinaTime.format(now)));
        // flush so that the answer carries the version the next If-Match must name
        Hazard.flush();
        return HazardView.of(hazard);
    }

    static ProblemException notFound() {
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
        if (cursorToken != null && !cursorToken.isBlank()) {
            Cursor cursor = Cursor.decode(cursorToken);
            query.append(" and (reportedAt < :at or (reportedAt = :at and id < :id))");
            params.and("at", cursor.at()).and("id", cursor.id());
        }
        query.append(" order by reportedAt desc, id desc");
        List<Hazard> rows = Hazard.<Hazard>find(query.toString(), params).page(0, limit + 1).list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Hazard last = rows.get(limit - 1);
            next = new Cursor(last.reportedAt, last.id).encode();
        }
        return new HazardPage(rows.stream().map(HazardView::of).toList(), next);
    }

    public List<LedgerEntryView> entries(Hazard hazard) {
        return HazardEntry.<HazardEntry>find("hazardId = ?1 order by sequence", hazard.id).stream()
                .map(LedgerEntryView::of).toList();
    }

    private void appendEntry(Hazard hazard, LedgerAction action, String note, Instant at) {
        HazardEntry entry = new HazardEntry();
        entry.id = UUID.randomUUID();
        entry.hazardId = hazard.id;
        entry.sequence = (int) HazardEntry.count("hazardId", hazard.id) + 1;
        entry.action = action;
        entry.statusAfter = hazard.status;
        entry.actor = caller.subject();
        entry.actorRole = caller.role();
        entry.note = note;
        entry.recordedAt = at;
        entry.persist();
    }

    private static HazardReportedV1 reported(Hazard h, RegionCode region) {
        HazardReportedV1.Location location = h.location == null ? null
                : new HazardReportedV1.Location(h.location.address, h.location.latitude, h.location.longitude);
        return new HazardReportedV1(h.id.toString(), h.title, h.description, h.regionCode,
                region.township().value(), region.county().value(), h.industry.name(), h.source.name(),
                h.level.name(), h.status.name(), location, h.reportedBy, h.reporterRole,
                ChinaTime.format(h.reportedAt));
    }
}
