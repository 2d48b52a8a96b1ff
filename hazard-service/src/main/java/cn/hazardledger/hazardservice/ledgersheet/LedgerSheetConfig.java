package cn.hazardledger.hazardservice.ledgersheet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits of the ledger export (hazard-service/README.md, "Ledger export and import"). */
@ConfigMapping(prefix = "ledger-sheet")
public interface LedgerSheetConfig {

    /**
     * The most rows one export holds. A filter that selects more is a 400 asking for narrower filters, before
     * anything is written, rather than a file cut short without saying so.
     */
    @WithDefault("200000")
    int exportMaxRows();

    /**
     * How long one export may read: its rows come from one cursor in one read-only transaction, which holds a
     * database connection while a slow client reads.
     */
    @WithDefault("PT10M")
    Duration exportTimeout();

    /** Rows fetched from the database at a time. */
    @WithDefault("500")
    int exportFetchSize();
}
