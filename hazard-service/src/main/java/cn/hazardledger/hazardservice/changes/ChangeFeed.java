package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardScope;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes feed (hazard-service/README.md, "Phones that were offline"). Changes are ordered by the writing
 * transaction's id and the hazard id, and only transactions older than the oldest one still running are read:
 * a transaction that began before a token was handed out but commits after it still has an id above the token,
 * because its id was below the horizon that bounded the token's page only once it had finished.
 */
@RequestScoped
public class ChangeFeed {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HazardService hazards;

    /** One snapshot for the page and the hazards it names, so that a hazard is answered as of its change. */
    @Transactional
    public HazardChanges after(ChangeToken since, int limit) {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
        HazardScope scope = HazardScope.of(caller);
        Map<String, Object> params = new HashMap<>();
        String inScope = scope.sqlPredicate(params);
        StringBuilder sql = new StringBuilder("""
                SELECT id, cx::text AS cx, gone FROM (
                  SELECT h.id, h.change_xid AS cx, false AS gone FROM hazard h
                  WHERE %s AND h.change_xid < pg_snapshot_xmin(pg_current_snapshot())
                    AND (h.change_xid, h.id) > (CAST(:tx AS xid8), CAST(:hid AS uuid))
                """.formatted(inScope));
        if (scope.partyKind() != null) {
            // a hazard that left the party and has not come back; only its latest exit counts
            sql.append("""
                    UNION ALL
                    SELECT e.hazard_id, e.change_xid, true FROM hazard_scope_exit e JOIN hazard h ON h.id = e.hazard_id
                    WHERE e.party_kind = :kind AND e.party_code = :own
                      AND e.change_xid < pg_snapshot_xmin(pg_current_snapshot())
                      AND (e.change_xid, e.hazard_id) > (CAST(:tx AS xid8), CAST(:hid AS uuid))
                      AND ((%s) IS NOT TRUE)
                      AND NOT EXISTS (SELECT 1 FROM hazard_scope_exit x WHERE x.hazard_id = e.hazard_id
                                      AND x.party_kind = e.party_kind AND x.party_code = e.party_code
                                      AND x.change_xid > e.change_xid)
                    """.formatted(inScope));
            params.put("kind", scope.partyKind());
            params.put("own", scope.ownCode() == null ? "" : scope.ownCode());
        }
        sql.append(") changes ORDER BY changes.cx, changes.id LIMIT :n");
        params.put("tx", Long.toString(since.transaction()));
        params.put("hid", since.hazard().toString());
        params.put("n", limit + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        if (page.isEmpty()) {
            return new HazardChanges(List.of(), since.encode(), false);
        }
        Object[] last = page.get(page.size() - 1);
        ChangeToken next = new ChangeToken(Long.parseLong((String) last[1]), (UUID) last[0]);
        return new HazardChanges(changes(page), next.encode(), more);
    }

    private List<HazardChange> changes(List<Object[]> page) {
        List<UUID> changedIds = page.stream().filter(r -> !(Boolean) r[2]).map(r -> (UUID) r[0]).toList();
        Map<UUID, Hazard> changed = changedIds.isEmpty() ? Map.of()
                : Hazard.<Hazard>list("id in ?1", changedIds).stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        List<HazardChange> changes = new ArrayList<>(page.size());
        for (Object[] row : page) {
            UUID id = (UUID) row[0];
            changes.add((Boolean) row[2] ? HazardChange.gone(id) : HazardChange.changed(hazards.view(changed.get(id))));
        }
        return changes;
    }
}
