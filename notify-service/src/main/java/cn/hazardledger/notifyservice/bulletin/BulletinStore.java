package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.web.Keyset;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The bulletin table: metadata through the entity, the documents by their own reads. */
@ApplicationScoped
public class BulletinStore {

    @Inject
    EntityManager em;

    /**
     * Stores it unless a scheduled bulletin of its region and period is already there (the unique index
     * {@code bulletin_scheduled_once}); answers whether this call stored it. A concurrent insert of the same key
     * waits for the other transaction and then finds the conflict, so two replicas never both store.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(Bulletin b, String figuresJson, String html, byte[] xlsx) {
        return em.createNativeQuery("""
                        INSERT INTO bulletin (id, region_code, period_kind, period_key, period_from, period_to, origin,
                                              ordered_by, status, title, created_at, figures, html, xlsx)
                        VALUES (:id, :region, :kind, :key, :from, :to, :origin, :orderedBy, :status, :title, :at,
                                CAST(:figures AS jsonb), :html, :xlsx)
                        ON CONFLICT DO NOTHING""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                // a scheduled bulletin is ordered by nobody: the null must still be bound as text
                .setParameter("orderedBy", b.orderedBy, org.hibernate.type.StandardBasicTypes.STRING)
                .setParameter("id", b.id).setParameter("region", b.regionCode)
                .setParameter("kind", b.periodKind.name()).setParameter("key", b.periodKey)
                .setParameter("from", b.from).setParameter("to", b.to).setParameter("origin", b.origin.name())
                .setParameter("status", b.status.name())
                .setParameter("title", b.title).setParameter("at", Timestamp.from(b.createdAt))
                .setParameter("figures", figuresJson).setParameter("html", html).setParameter("xlsx", xlsx)
                .executeUpdate() == 1;
    }

    public boolean scheduledExists(String region, Period period) {
        return Bulletin.count("regionCode = ?1 and periodKind = ?2 and periodKey = ?3 and origin = ?4", region,
                period.kind(), period.key(), Bulletin.Origin.SCHEDULED) > 0;
    }

    public Optional<Bulletin> find(UUID id) {
        return Bulletin.findByIdOptional(id);
    }

    /** The bulletins of regions starting with {@code scopePrefix}, newest first. */
    public Keyset.Page<Bulletin> page(String scopePrefix, String cursor, int limit) {
        Parameters params = Parameters.with("scope", scopePrefix + "%");
        StringBuilder query = new StringBuilder("from Bulletin b where b.regionCode like :scope");
        Keyset.newestFirstAfter(cursor, "b.createdAt", "b.id", query, params);
        List<Bulletin> rows = Bulletin.<Bulletin>find(query.toString(), params).page(0, limit + 1).list();
        return Keyset.page(rows, limit, b -> b.createdAt, b -> b.id);
    }

    public String figures(UUID id) {
        return (String) em.createNativeQuery("SELECT CAST(figures AS text) FROM bulletin WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    public String html(UUID id) {
        return (String) em.createNativeQuery("SELECT html FROM bulletin WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }

    public byte[] xlsx(UUID id) {
        return (byte[]) em.createNativeQuery("SELECT xlsx FROM bulletin WHERE id = :id")
                .setParameter("id", id).getSingleResult();
    }
}
