package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.notifyservice.bulletin.source.SourceFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Bulletins as the caller may order and read them: their region and the regions within it. */
@RequestScoped
public class BulletinOrders {

    @Inject
    Caller caller;

    @Inject
    BulletinService bulletins;

    @Inject
    BulletinStore store;

    @Inject
    Clock clock;

    /** Reads the sources and stores the bulletin; a failed source is a 502 or 503 and nothing is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BulletinView order(BulletinRequest request) {
        RegionCode region = regionOf(request);
        Period period = periodOf(request, LocalDate.now(clock.withZone(ChinaTime.ZONE)));
        BulletinService.Draft draft;
        try {
            draft = bulletins.make(region, period, Bulletin.Origin.ON_DEMAND, caller.subject());
        } catch (SourceFailure e) {
            throw SourceProblems.of(e);
        }
        bulletins.store(draft);
        return BulletinView.of(draft.bulletin(), null);
    }

    public Bulletin visible(UUID id) {
        return store.find(id).filter(b -> caller.canSee(RegionCode.of(b.regionCode)))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such bulletin in your region"));
    }

    public BulletinPage page(String cursor, int limit) {
        var page = store.page(caller.region().scopePrefix(), cursor, limit);
        return new BulletinPage(page.rows().stream().map(b -> BulletinView.of(b, null)).toList(), page.nextCursor());
    }

    private RegionCode regionOf(BulletinRequest request) {
        if (request.regionCode() == null) {
            return caller.region();
        }
        RegionCode region = RegionCode.of(request.regionCode());
        if (!caller.canSee(region)) {
            throw ProblemException.invalidField("regionCode", "must be your region (" + caller.region()
                    + ") or a region within it");
        }
        return region;
    }

    /** A named period that has ended, or from/to up to today: the days to come have no figures yet. */
    static Period periodOf(BulletinRequest request, LocalDate today) {
        boolean named = request.period() != null;
        boolean dated = request.from() != null || request.to() != null;
        if (named == dated) {
            throw ProblemException.invalidField(named ? "from" : "period",
                    named ? "give period or from and to, not both" : "give period (2026-H1, 2026-Q3) or from and to");
        }
        if (named) {
            Period period = Period.ofKey(request.period(), "period");
            if (!period.to().isBefore(today)) {
                throw ProblemException.invalidField("period", "has not ended yet (its last day is " + period.to()
                        + "); order from and to up to today instead");
            }
            return period;
        }
        if (request.from() == null || request.to() == null) {
            throw ProblemException.invalidField(request.from() == null ? "from" : "to", "is required with "
                    + (request.from() == null ? "to" : "from"));
        }
        if (request.to().isAfter(today)) {
            throw ProblemException.invalidField("to", "must not be after today (" + today + "): the days to come have "
                    + "no figures yet");
        }
        return Period.custom(request.from(), request.to());
    }
}
