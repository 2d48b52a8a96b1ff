package cn.hazardledger.notifyservice.bulletin.source;

import java.util.List;

/**
 * Everything a bulletin is made of, as the sources answered it: the statistics form, the overdue and the listed
 * hazards of the period's cohort (at most the list limit each, the rest counted), and the region's campaigns.
 */
public record Sourced(SourceViews.Statistics statistics, HazardList overdue, HazardList listed,
                      List<CampaignProgress> campaigns) {

    /** {@code total} hazards matched; {@code items} are the first of them, at most the stated limit. */
    public record HazardList(long total, int limit, List<SourceViews.Hazard> items) {

        public long leftOut() {
            return total - items.size();
        }
    }

    public record CampaignProgress(SourceViews.Campaign campaign, SourceViews.Counts progress) {
    }
}
