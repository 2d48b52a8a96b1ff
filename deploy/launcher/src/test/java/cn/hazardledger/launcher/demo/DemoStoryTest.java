package cn.hazardledger.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the demo ledger shows, read from demo-hazards.json alone: each story is followed through the lifecycle
 * (hazard-service/README.md, "The lifecycle through the API") to where it ends, and the ledger as a whole must
 * hold every state, both levels, every colour, several industries and townships, and each step worth showing.
 */
class DemoStoryTest {

    private static final Set<String> INDUSTRIES = Set.of("ROAD_TRAFFIC", "CONSTRUCTION", "GAS", "FIRE",
            "HAZARDOUS_CHEMICALS", "INDUSTRY_TRADE", "FIREWORKS", "MINING", "SELF_BUILT_HOUSING", "WATER_TRAFFIC", "OTHER");
    private static final Set<String> SOURCES = Set.of("ENTERPRISE_SELF_CHECK", "DEPARTMENT_INSPECTION",
            "SUPERVISION_INSPECTION", "COVERT_INSPECTION", "GRID_PATROL", "PUBLIC_REPORT", "WHISTLEBLOWER",
            "ASSIGNED_BY_SUPERIOR");
    private static final Pattern DATE = Pattern.compile("\\$\\{date:\\+(\\d+)}");

    private static DemoStory story;
    private static List<Ending> endings;

    /** Where a story ends: its status, level, colour, township, and the deadline in force as a day (0 is today). */
    record Ending(String key, String status, String level, String colour, String industry, String township,
                  Integer deadlineDay, List<StepKind> kinds, List<DemoStory.Step> steps) {

        boolean overdue() {
            return deadlineDay != null && deadlineDay < 0 && Set.of("CONFIRMED", "RECTIFYING").contains(status);
        }
    }

    @BeforeAll
    static void follow() throws Exception {
        story = DemoStory.bundled();
        endings = story.hazards().stream().map(DemoStoryTest::follow).toList();
    }

    @Test
    void theLedgerHoldsEveryStateBothLevelsEveryColourAndSeveralIndustries() {
        assertThat(endings).extracting(Ending::status).contains("REPORTED", "CONFIRMED", "REJECTED", "RECTIFYING",
                "SUBMITTED", "CLOSED");
        assertThat(endings).extracting(Ending::level).contains("GENERAL", "MAJOR");
        assertThat(endings).extracting(Ending::colour).contains("RED", "ORANGE", "YELLOW", "BLUE");
        assertThat(endings.stream().map(Ending::industry).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(endings).extracting(Ending::industry).allMatch(INDUSTRIES::contains);
    }

    @Test
    void itSpansAtLeastThreeTownshipsOfOneCountyAndTheirVillages() {
        assertThat(endings.stream().map(Ending::township).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(reports()).allSatisfy(r -> {
            assertThat(r.get("regionCode").asText()).as("a village of county 500240").matches("500240\\d{3}\\d{3}")
                    .doesNotEndWith("000");
            assertThat(SOURCES).contains(r.get("source").asText());
            assertThat(r.get("title").asText()).isNotBlank();
            assertThat(r.get("description").asText()).isNotBlank();
        });
    }

    @Test
    void itShowsEachStepWorthShowing() {
        List<StepKind> all = endings.stream().flatMap(e -> e.kinds().stream()).toList();
        assertThat(all).contains(StepKind.PLAN, StepKind.REVISE_PLAN, StepKind.EVIDENCE, StepKind.SUBMIT,
                StepKind.FIX_ON_SPOT, StepKind.CLOSE, StepKind.REOPEN, StepKind.REQUEST_EXTENSION,
                StepKind.DECIDE_EXTENSION, StepKind.DUAL_REPORT, StepKind.LIST, StepKind.DELIST, StepKind.ESCALATE,
                StepKind.PUSH, StepKind.REJECT);
        assertThat(endings).filteredOn(e -> e.kinds().contains(StepKind.REOPEN)).extracting(Ending::status)
                .containsOnly("RECTIFYING");
        assertThat(bodies(StepKind.DECIDE_EXTENSION)).extracting(b -> b.get("decision").asText()).contains("APPROVED");
        assertThat(bodies(StepKind.REJECT)).anySatisfy(b -> {
            assertThat(b.get("reason").asText()).isEqualTo("DUPLICATE");
            assertThat(b.get("duplicateOf").asText()).matches("\\$\\{hazard:demo-hazard-\\d{3}}");
        });
    }

    @Test
    void aMajorHazardIsDualReportedAndListedForSupervisionByTheCountysRegulator() {
        assertThat(endings).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo("MAJOR");
            assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.DUAL_REPORT).hasSize(2);
            assertThat(e.steps()).filteredOn(s -> s.kind() == StepKind.LIST).singleElement().satisfies(s -> {
                assertThat(story.actors().get(s.actor()).role()).isEqualTo("REGULATOR");
                assertThat(story.actors().get(s.actor()).region()).isEqualTo("500240000000");
            });
        });
    }

    @Test
    void oneHazardIsOverdueBecauseItsPlanWasMadeWeeksAgo() {
        assertThat(endings).filteredOn(Ending::overdue).isNotEmpty().allSatisfy(e ->
                assertThat(e.steps()).anySatisfy(s -> assertThat(s.day()).isNegative()));
        assertThat(story.firstDay()).isLessThanOrEqualTo(-14);
        // each day costs hazard-service a restart on the first run: keep them few
        assertThat(story.days()).hasSizeLessThanOrEqualTo(4).endsWith(0);
    }

    @Test
    void peopleSignWithTheirOwnNameAndEnterprisesReportTheirOwnHazards() {
        for (DemoStory.HazardStory h : story.hazards()) {
            DemoStory.Step report = h.steps().get(0);
            var who = story.actors().get(report.actor());
            assertThat(report.body().get("signature").asText()).as(h.key()).isEqualTo(who.name());
            assertThat(report.body().get("regionCode").asText()).as(h.key()).startsWith(who.region().replaceAll("0+$", ""));
            if (who.role().equals("ENTERPRISE")) {
                assertThat(report.body().path("enterprise").path("creditCode").asText()).as(h.key()).isEqualTo(who.creditCode());
            }
        }
    }

    @Test
    void aMajorHazardIsConfirmedWithAStandardAndItsClause() {
        Map<String, String> standards = Map.of("GAS", "MOHURD-2023-4", "CONSTRUCTION", "MOHURD-2022-2", "FIRE",
                "GB-35181-2025", "INDUSTRY_TRADE", "MEM-2023-10", "FIREWORKS", "SAWS-2017-121-FIREWORKS",
                "HAZARDOUS_CHEMICALS", "SAWS-2017-121-CHEMICALS", "ROAD_TRAFFIC", "MOT-2023-52");
        assertThat(endings).filteredOn(e -> e.level().equals("MAJOR") && !e.status().equals("REPORTED")).allSatisfy(e -> {
            JsonNode confirmation = e.steps().stream().filter(s -> s.kind() == StepKind.CONFIRM).findFirst().orElseThrow().body();
            assertThat(confirmation.get("standardCode").asText()).as(e.key()).isEqualTo(standards.get(e.industry()));
            assertThat(confirmation.get("standardClause").asText()).as(e.key()).isNotBlank();
        });
    }

    @Test
    void anEvidenceNameIsUploadedBeforeItIsCitedAndHazardsAreNamedAfterTheyAreReported() {
        Set<String> reported = new HashSet<>();
        for (DemoStory.HazardStory h : story.hazards()) {
            Set<String> uploaded = new HashSet<>();
            for (DemoStory.Step s : h.steps()) {
                if (s.kind() == StepKind.EVIDENCE) {
                    assertThat(uploaded.add(s.name())).as(h.key() + " uploads " + s.name() + " twice").isTrue();
                    continue;
                }
                Matcher m = Pattern.compile("\\$\\{(evidence|hazard):([^}]+)}").matcher(s.body().toString());
                while (m.find()) {
                    assertThat(m.group(1).equals("evidence") ? uploaded : reported).as(h.key() + " names " + m.group())
                            .contains(m.group(2));
                }
            }
            // a later hazard on the same day may name this one: the launcher takes them in this order
            reported.add(h.key());
        }
    }

    @Test
    void aBrokenStoryIsRefusedWithWhereItBreaks() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String actors = "{\"a\": {\"role\": \"INSPECTOR\", \"region\": \"500240213000\", \"subject\": \"s\", \"name\": \"李明\"}}";
        assertThatThrownBy(() -> DemoStory.parse(json.readTree("{\"actors\": " + actors + ", \"hazards\": [{\"key\": \"h\","
                + " \"steps\": [{\"day\": 0, \"as\": \"b\", \"do\": \"report\", \"body\": {}}]}]}")))
                .hasMessageContaining("h step 1").hasMessageContaining("no actor \"b\"");
        assertThatThrownBy(() -> DemoStory.parse(json.readTree("{\"actors\": " + actors + ", \"hazards\": [{\"key\": \"h\","
                + " \"steps\": [{\"day\": -1, \"as\": \"a\", \"do\": \"report\", \"body\": {}},"
                + " {\"day\": -2, \"as\": \"a\", \"do\": \"confirm\", \"body\": {}}]}]}")))
                .hasMessageContaining("h step 2").hasMessageContaining("before the previous step's");
        assertThatThrownBy(() -> DemoStory.parse(json.readTree("{\"actors\": " + actors + ", \"hazards\": [{\"key\": \"h\","
                + " \"steps\": [{\"day\": 0, \"as\": \"a\", \"do\": \"confirm\", \"body\": {}}]}]}")))
                .hasMessageContaining("begins with its one report");
        assertThatThrownBy(() -> DemoStory.parse(json.readTree("{\"actors\": " + actors + ", \"hazards\": [{\"key\": \"h\","
                + " \"steps\": [{\"day\": 1, \"as\": \"a\", \"do\": \"report\", \"body\": {}}]}]}")))
                .hasMessageContaining("0 (today) or before");
        assertThatThrownBy(() -> DemoStory.parse(json.readTree("{\"actors\": {\"a\": {\"role\": \"ENTERPRISE\", "
                + "\"region\": \"500240213000\", \"subject\": \"s\", \"creditCode\": \"91350100M000100Y44\"}}, \"hazards\": []}")))
                .hasMessageContaining("actor a").hasMessageContaining("check character");
    }

    @Test
    void aDemoPhotoIsARealJpegOfItsOwnAndTheSameOnEveryRun() throws Exception {
        byte[] photo = DemoPhoto.jpeg("demo-hazard-001/fixed");

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo));
        assertThat(read.getWidth()).isEqualTo(DemoPhoto.WIDTH);
        assertThat(read.getHeight()).isEqualTo(DemoPhoto.HEIGHT);
        assertThat(photo).startsWith(0xFF, 0xD8, 0xFF).endsWith(0xFF, 0xD9);
        assertThat(photo.length).isBetween(2_000, 60_000);
        assertThat(DemoPhoto.jpeg("demo-hazard-001/fixed")).isEqualTo(photo);
        assertThat(DemoPhoto.jpeg("demo-hazard-005/wall")).isNotEqualTo(photo);
    }

    // ---- following a story through the lifecycle -------------------------------------------------------------

    private static Ending follow(DemoStory.HazardStory h) {
        String status = null;
        JsonNode report = h.steps().get(0).body();
        String level = report.get("level").asText();
        String colour = report.get("riskColour").asText();
        String industry = report.get("industry").asText();
        Integer deadline = null;
        Map<String, Integer> proposed = new HashMap<>();
        List<StepKind> kinds = new ArrayList<>();
        for (DemoStory.Step s : h.steps()) {
            kinds.add(s.kind());
            JsonNode b = s.body();
            switch (s.kind()) {
                case REPORT -> status = "REPORTED";
                case CONFIRM -> {
                    status = "CONFIRMED";
                    level = b.path("level").asText(level);
                    colour = b.path("riskColour").asText(colour);
                    industry = b.path("industry").asText(industry);
                }
                case REJECT -> status = "REJECTED";
                case FIX_ON_SPOT, SUBMIT -> status = "SUBMITTED";
                case PLAN, REVISE_PLAN -> {
                    status = "RECTIFYING";
                    deadline = day(s, b.get("deadline"));
                }
                case SEND_BACK -> status = "RECTIFYING";
                case REOPEN -> {
                    status = "RECTIFYING";
                    deadline = day(s, b.get("deadline"));
                }
                case CLOSE -> status = "CLOSED";
                case REQUEST_EXTENSION -> proposed.put("pending", day(s, b.get("proposedDeadline")));
                case DECIDE_EXTENSION -> {
                    if (b.get("decision").asText().equals("APPROVED")) {
                        deadline = proposed.get("pending");
                    }
                }
                default -> {
                }
            }
        }
        String region = report.get("regionCode").asText();
        return new Ending(h.key(), status, level, colour, industry, region.substring(0, 9) + "000", deadline,
                kinds, h.steps());
    }

    /** A deadline written ${date:+N} on a step's day, as a day of the story (0 is today). */
    private static Integer day(DemoStory.Step s, JsonNode deadline) {
        Matcher m = DATE.matcher(deadline.asText());
        assertThat(m.matches()).as("a deadline is written ${date:+N}: " + deadline).isTrue();
        return s.day() + Integer.parseInt(m.group(1));
    }

    private static List<JsonNode> reports() {
        return story.hazards().stream().map(h -> h.steps().get(0).body()).toList();
    }

    private static List<JsonNode> bodies(StepKind kind) {
        return story.hazards().stream().flatMap(h -> h.steps().stream()).filter(s -> s.kind() == kind)
                .map(DemoStory.Step::body).toList();
    }
}
