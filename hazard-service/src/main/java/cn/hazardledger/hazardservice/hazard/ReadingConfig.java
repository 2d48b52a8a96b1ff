package cn.hazardledger.hazardservice.hazard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How lists read the ledger (hazard-service/README.md, "Reading at county scale"). */
@ConfigMapping(prefix = "reading")
public interface ReadingConfig {

    /**
     * Rows of a list's order that a free-text search checks before it turns to the bigram index. A full page
     * among them is exact and cheap: 500 rows are read in a few milliseconds, ten times that many when a filter
     * keeps one row in ten, and a word in 4 % of the rows fills a page of 20 among them; a rarer word is what the
     * index answers fast.
     */
    @WithDefault("500")
    int textWindow();

    /** Rows of the same order read next, after the first window, before the bigram index is asked. */
    @WithDefault("4500")
    int textWideWindow();

    /**
     * Matches a rare-word search orders in memory (a few hundred bytes each); a search with more is answered by
     * one query that PostgreSQL orders. Five thousand are read and sorted in a few tens of milliseconds.
     */
    @WithDefault("5000")
    int textCandidates();
}
