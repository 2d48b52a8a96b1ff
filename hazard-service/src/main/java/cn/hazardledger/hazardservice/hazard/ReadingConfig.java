package cn.hazardledger.hazardservice.hazard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How lists read the ledger (hazard-service/README.md, "Reading at county scale"). */
@ConfigMapping(prefix = "reading")
public interface ReadingConfig {

    /**
     * Rows of a list's order that a free-text search checks before it turns to the bigram index. A full page
     * among them is exact and cheap; a thousand rows are read in a few milliseconds, and a word rarer than one
     * page in a thousand rows is what the index answers fast.
     */
    @WithDefault("1000")
    int textWindow();

    /**
     * Matches a rare-word search orders in memory (a few hundred bytes each); a search with more is answered by
     * one query that PostgreSQL orders. Five thousand are read and sorted in a few tens of milliseconds.
     */
    @WithDefault("5000")
    int textCandidates();
}
