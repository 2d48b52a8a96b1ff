package cn.hazardledger.notifyservice.bulletin.source;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.notifyservice.bulletin.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a bulletin's sources over their public APIs with the service identity. All or nothing: any failure is a
 * {@link SourceFailure}, so that no bulletin is ever made of half its figures.
 */
@ApplicationScoped
public class BulletinSources {

    private static final Logger LOG = Logger.getLogger(BulletinSources.class);
    static final String HAZARD_SERVICE = "hazard-service";
    static final String TASK_SERVICE = "task-service";
    /** The largest page the sources serve. */
    static final int PAGE = 100;

    @Inject
    @RestClient
    HazardServiceClient hazards;

    @Inject
    @RestClient
    TaskServiceClient tasks;

    @Inject
    ServiceIdentity identity;

    public Sourced read(RegionCode region, Period period, int listLimit) {
        String bearer = identity.bearer(region.value());
        String from = period.from().toString();
        String to = period.to().toString();
        SourceViews.Statistics statistics = call(HAZARD_SERVICE, () -> hazards.statistics(bearer, region.value(), from, to));
        // the lists are of the same cohort as the figures (found in the period), so that their lengths are the
        // figures' overdue count and the hazards behind the listed count that are still listed
        Sourced.HazardList overdue = list(bearer, region, period, "true", null, "deadline", listLimit);
        Sourced.HazardList listed = list(bearer, region, period, null, "true", null, listLimit);
        return new Sourced(statistics, overdue, listed, campaigns(bearer, region, period));
    }

    private Sourced.HazardList list(String bearer, RegionCode region, Period period, String overdue, String listed,
                                    String sort, int limit) {
        List<SourceViews.Hazard> kept = new ArrayList<>();
        long total = 0;
        String cursor = null;
        do {
            String page = cursor;
            SourceViews.HazardPage answer = call(HAZARD_SERVICE, () -> hazards.hazards(bearer, region.value(), overdue,
                    listed, period.from().toString(), period.to().toString(), sort, page, PAGE));
            for (SourceViews.Hazard h : answer.items()) {
                if (kept.size() < limit) {
                    kept.add(h);
                }
                total++;
            }
            cursor = answer.nextCursor();
        } while (cursor != null);
        return new Sourced.HazardList(total, limit, List.copyOf(kept));
    }

    /**
     * The campaigns of the region and below it (task-service also answers those of the regions above, which are not
     * this region's to report on): those in force (PUBLISHED), and those closed of the period's years.
     */
    private List<Sourced.CampaignProgress> campaigns(String bearer, RegionCode region, Period period) {
        List<Sourced.CampaignProgress> found = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            SourceViews.CampaignPage answer = call(TASK_SERVICE, () -> tasks.campaigns(bearer, page, PAGE));
            for (SourceViews.Campaign c : answer.items()) {
                boolean ours = RegionCode.isValid(c.regionCode()) && region.covers(RegionCode.of(c.regionCode()));
                boolean inForce = "PUBLISHED".equals(c.status());
                boolean ofPeriod = "CLOSED".equals(c.status()) && c.year() >= period.from().getYear()
                        && c.year() <= period.to().getYear();
                if (ours && (inForce || ofPeriod)) {
                    SourceViews.CampaignTree tree = call(TASK_SERVICE, () -> tasks.tree(bearer, c.id()));
                    found.add(new Sourced.CampaignProgress(c, tree.total()));
                }
            }
            cursor = answer.nextCursor();
        } while (cursor != null);
        return found;
    }

    static <T> T call(String service, Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw new SourceFailure(service, false, "answered no body");
            }
            return answer;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.warnf("%s answered %d to a bulletin's read", service, status);
            // 503 is the source's own passing failure (its database away); anything else is no figures at all
            throw new SourceFailure(service, status == 503, "answered HTTP " + status);
        } catch (ProcessingException e) {
            LOG.warnf("%s could not be read for a bulletin: %s", service, e.getMessage());
            throw new SourceFailure(service, true, "unreachable or too slow");
        }
    }
}
