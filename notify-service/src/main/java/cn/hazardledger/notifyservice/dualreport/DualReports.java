package cn.hazardledger.notifyservice.dualreport;

import cn.hazardledger.notifyservice.routing.Occurrence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/** Opens a major hazard's dual report (双报告) once, whichever of its events comes first. */
@ApplicationScoped
public class DualReports {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this occurrence opened it; false when an earlier one already had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(Occurrence o) {
        String region = o.regionCode();
        return em.createNativeQuery("""
                        INSERT INTO dual_report (hazard_id, title, region_code, township_code, county_code, industry,
                                                 opened_at, opened_by_event)
                        VALUES (:hazard, :title, :region, :township, :county, :industry, :at, :event)
                        ON CONFLICT (hazard_id) DO NOTHING""")
                .setParameter("hazard", o.hazardId().orElseThrow())
                .setParameter("title", o.text("title").orElse(""))
                .setParameter("region", region)
                .setParameter("township", o.text("townshipCode").orElse(region.substring(0, 9) + "000"))
                .setParameter("county", o.text("countyCode").orElse(region.substring(0, 6) + "000000"))
                .setParameter("industry", o.industry().orElse(null))
                .setParameter("at", Timestamp.from(Instant.now(clock)))
                .setParameter("event", o.id())
                .executeUpdate() == 1;
    }
}
