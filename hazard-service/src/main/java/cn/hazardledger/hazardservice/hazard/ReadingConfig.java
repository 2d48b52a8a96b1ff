package cn.hazardledger.hazardservice.hazard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How lists read the ledger (hazard-service/README.md, "Reading at county scale"). */
@ConfigMapping(prefix = "reading")
public interface ReadingConfig {

    /**
     * Rows of the scope, in a list's order, that a free-text search tests before it turns to the text index. A
     * full page among them is exact and cheap (300 rows are read in a few milliseconds); a word in 7 % of the rows
     * fills a page of 20 among them, and a rarer one is what the index answers fast. Measured on a million
     * hazards: 300 and 700 gave a list p95 of 60 ms, 500 and 4,500 one of 73 ms.
     */
    @WithDefault("300")
    int textWindow();

    /** Rows of the same order read next, after the first window, before the text index is asked. */
    @WithDefault("700")
    int textWideWindow();

    /**
     * Matches a rare-word search orders in memory (a few hundred bytes each); a search with more is answered by
     * one query that PostgreSQL orders. Five thousand are read and sorted in a few tens of milliseconds.
     */
    @WithDefault("5000")
    int textCandidates();
}
