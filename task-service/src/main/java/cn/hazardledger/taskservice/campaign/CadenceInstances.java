package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.taskservice.campaign.breakdown.Cadence;
import cn.hazardledger.taskservice.campaign.breakdown.Period;
import cn.hazardledger.taskservice.campaign.breakdown.Periods;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens the instances of every published campaign's ongoing tasks with a cadence, from the campaign's start (its
 * publication, or 1 January of its year if later) up to the period holding today: each exactly once, however many
 * replicas run this and however often they restart, because the insert does nothing when the (task, period) key
 * exists. A period missed while the service was down is opened when it comes back.
 */
@ApplicationScoped
public class CadenceInstances {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    cn.hazardledger.chassis.outbox.Outbox outbox;

    @Scheduled(every = "${campaigns.instances.every:1h}", delayed = "${campaigns.instances.delayed:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        openDue(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
    }

    /** Opens every instance due by the period holding {@code today}; answers how many it opened. */
    @Transactional
    public int openDue(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> tasks = em.createNativeQuery("""
                        SELECT i.id, i.campaign_id, i.cadence, c.year, c.published_at FROM campaign_item i
                        JOIN campaign c ON c.id = i.campaign_id
                        WHERE c.status = 'PUBLISHED' AND i.level = 'SPECIFIC_TASK' AND i.cadence IS NOT NULL
                          AND i.deadline IS NULL AND c.year <= :year""")
                .setParameter("year", today.getYear()).getResultList();
        int opened = 0;
        for (Object[] t : tasks) {
            UUID item = (UUID) t[0];
            UUID campaign = (UUID) t[1];
            Cadence cadence = Cadence.valueOf((String) t[2]);
            int year = ((Number) t[3]).intValue();
            LocalDate from = LocalDate.of(year, 1, 1);
            if (t[4] != null) {
                LocalDate published = LocalDate.ofInstant(instant(t[4]), ChinaTime.ZONE);
                from = published.isAfter(from) ? published : from;
            }
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate to = today.isBefore(yearEnd) ? today : yearEnd;
            if (to.isBefore(from)) {
                continue;
            }
            for (Period p : Periods.between(cadence, from, to)) {
                LocalDate due = p.end().isAfter(yearEnd) ? yearEnd : p.end();
                int inserted = em.createNativeQuery("""
                                INSERT INTO campaign_task_instance (id, campaign_id, item_id, period_key, period_start,
                                    period_end, due, status, created_at)
                                VALUES (:id, :campaign, :item, :key, :start, :end, :due, 'OPEN', now())
                                ON CONFLICT (item_id, period_key) DO NOTHING""")
                        .setParameter("id", UUID.randomUUID()).setParameter("campaign", campaign).setParameter("item", item)
                        .setParameter("key", p.key()).setParameter("start", p.start()).setParameter("end", p.end())
                        // due at the period's end, not today's: a period is opened before it ends
                        .setParameter("due", due)
                        .executeUpdate();
                if (inserted == 1) {
                    announce(campaign, item, p.key(), due);
                }
                opened += inserted;
            }
        }
        return opened;
    }

    /** Only the replica whose insert made the instance tells of it: exactly once, like the instance. */
    private void announce(UUID campaignId, UUID itemId, String periodKey, LocalDate due) {
        Campaign c = em.find(Campaign.class, campaignId);
        CampaignItem task = em.find(CampaignItem.class, itemId);
        CampaignItem key = em.find(CampaignItem.class, task.parentId);
        CampaignItem action = em.find(CampaignItem.class, key.parentId);
        outbox.append(CampaignTaskV1.of(CampaignTaskV1.INSTANCE_OPENED, c, task, action.number, key.number, periodKey,
                due, java.time.Instant.now(clock)));
    }

    private static java.time.Instant instant(Object value) {
        return NativeValues.instant(value);
    }
}
