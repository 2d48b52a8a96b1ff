package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardFilter;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardSort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The hazards an export holds: those {@code GET /hazards} would list with the same filters, in the caller's
 * scope, in ledger order (reported first, first). They are read through a forward-only cursor of a stateless
 * session, so that no row stays in memory once written, whatever their number.
 */
@ApplicationScoped
public class LedgerExport {

    @Inject
    HazardService hazards;

    @Inject
    SessionFactory sessions;

    @Inject
    LedgerSheetConfig config;

    /** The filtered ledger's query, built as GET /hazards builds it, taken while the request's caller is known. */
    public record Selection(String where, String order, Map<String, Object> params) {
    }

    /** The selection, refused with a 400 when it holds more rows than one export writes. */
    public Selection select(HazardFilter filter, HazardSort sort) {
        Parameters params = new Parameters();
        StringBuilder where = hazards.where(filter, params);
        long count = Hazard.count(where.toString(), params);
        if (count > config.exportMaxRows()) {
            throw ProblemException.invalidField("filters", "the filters select " + count + " hazards, more than the "
                    + config.exportMaxRows() + " one export holds: narrow them, e.g. by reportedFrom and reportedTo "
                    + "(筛选结果超过单次导出上限，请缩小范围，如按上报日期分段导出)");
        }
        StringBuilder order = new StringBuilder();
        sort.appendTo(order, params, null);
        return new Selection(where.toString(), order.toString(), params.map());
    }

    public LocalDate today() {
        return hazards.today();
    }

    /** Writes every hazard of {@code selection} to {@code writer}, in ledger order, then finishes it. */
    public void write(Selection selection, SheetWriter writer) {
        QuarkusTransaction.requiringNew().timeout((int) config.exportTimeout().toSeconds()).run(() -> {
            try (StatelessSession session = sessions.openStatelessSession()) {
                SelectionQuery<Hazard> query = session.createSelectionQuery(
                        "from Hazard where " + selection.where() + selection.order(), Hazard.class);
                selection.params().forEach(query::setParameter);
                query.setFetchSize(config.exportFetchSize()).setReadOnly(true);
                try (ScrollableResults<Hazard> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                    while (rows.next()) {
                        writer.row(rows.get());
                    }
                }
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
