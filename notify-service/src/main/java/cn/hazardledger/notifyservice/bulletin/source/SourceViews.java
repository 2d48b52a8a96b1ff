package cn.hazardledger.notifyservice.bulletin.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What hazard- and task-service answer, as far as a bulletin reads it. Unknown fields are ignored (this service's
 * own request bodies are read strictly, a producer's answers are not: it may add fields before we know them).
 * Definitions of the figures: hazard-service/README.md, "Statistics".
 */
public final class SourceViews {

    private SourceViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistics(String region, String from, String to, String asOf, List<Row> rows, Row total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String region, Figures figures, List<IndustryRow> byIndustry) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndustryRow(String industry, Figures figures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(LevelFigures general, MajorFigures major, long closed, long overdue,
                          BigDecimal averageDaysToClose, BigDecimal fundsSpentYuan) {

        public long found() {
            return general.found() + major.found();
        }

        public long rectified() {
            return general.rectified() + major.rectified();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LevelFigures(long found, long rectified, BigDecimal rectificationRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MajorFigures(long found, long rectified, BigDecimal rectificationRate, long fiveInPlaceMet,
                               long listedForSupervision) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HazardPage(List<Hazard> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hazard(UUID id, String ledgerNumber, String title, String regionCode, String industry, String level,
                         String riskColour, String status, String reportedAt, Rectification rectification,
                         Supervision supervision, Enterprise enterprise) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rectification(String deadline, Responsible responsible) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Responsible(String kind, String name, String personName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supervision(Boolean listed, String level, String authority, String documentNumber, String deadline,
                              String listedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Enterprise(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CampaignPage(List<Campaign> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Campaign(UUID id, String title, String documentNumber, String regionCode, int year, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CampaignTree(Counts total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(int actions, int keyTasks, int specificTasks, int done, int inTime, int overdue) {
    }
}
