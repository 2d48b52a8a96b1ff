package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.notifyservice.bulletin.source.SourceViews;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The snapshot a bulletin is rendered from and stored with: what the sources answered, untouched, and what the
 * bulletin is of. Stored as JSON beside the HTML and XLSX made from it, so that its figures can be checked.
 *
 * @param regionNames the names of the region and its child regions, as configured when it was made
 */
public record BulletinFigures(String region, String regionName, String periodKind, String periodKey, LocalDate from,
                              LocalDate to, String periodWords, String title, String asOf,
                              SourceViews.Statistics statistics, Sourced.HazardList overdue, Sourced.HazardList listed,
                              List<Sourced.CampaignProgress> campaigns, Map<String, String> regionNames) {

    static BulletinFigures of(String region, Period period, Sourced sourced, Map<String, String> names) {
        String name = names.getOrDefault(region, region);
        String title = name + period.words() + "安全生产事故隐患排查治理情况通报";
        return new BulletinFigures(region, name, period.kind().name(), period.key(), period.from(), period.to(),
                period.words(), title, sourced.statistics().asOf(), sourced.statistics(), sourced.overdue(),
                sourced.listed(), sourced.campaigns(), Map.copyOf(names));
    }

    /** 三星乡（500240213000）, or the code alone when no name is configured. */
    public String nameOf(String code) {
        String name = regionNames.get(code);
        return name == null ? code : name + "（" + code + "）";
    }
}
