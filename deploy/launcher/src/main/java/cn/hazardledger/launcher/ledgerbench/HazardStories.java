package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.CreditCodes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The bench's county-scale ledger, one hazard at a time and in the order they were reported: each hazard's row as
 * hazard-service would hold it after its story (report, confirmation with a ledger number, a five-in-place plan or
 * a fix on the spot, submission, closure; dual report and listing for major ones), its signed ledger entries
 * (hash chain included), its plan with funds, its deadline record and the deadline alerts the watch would already
 * have raised. Everything follows from the seed and the hazard's number, so a reload writes the same rows.
 *
 * <p>Mix: 3% major; the status depends on the hazard's age (most old ones closed, a few per cent still being
 * rectified and therefore overdue, recent ones spread over every status); industries, sources, colours and types
 * in proportions a rural county's ledger shows; reported times over three years, more in recent months.
 */
final class HazardStories {

    /** Every actor of a bench-loaded hazard is named under this prefix: {@code --reset} finds the rows by it. */
    static final String ACTOR_PREFIX = "ledger-bench/";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final String HAZARD_COLUMNS = "id, title, description, cause, region_code, industry, source, level, hazard_type, "
            + "risk_colour, status, address, latitude, longitude, reported_by, reporter_role, reported_at, updated_at, version, "
            + "ledger_length, ledger_head, ledger_number, enterprise_name, enterprise_credit_code, enterprise_address, "
            + "enterprise_contact_name, enterprise_contact_phone, discovered_at, discovered_by, signature, standard_code, "
            + "standard_clause, deadline, plan_revision, responsible_person, responsible_post, submitted_by, closed_at, "
            + "dual_township_name, dual_township_at, dual_township_by, dual_department_name, dual_department_at, "
            + "dual_department_by, listing_level, listing_authority, listing_document_number, listing_deadline, listed_at, "
            + "listed_by, delisted_at, delisted_by";
    static final String ENTRY_COLUMNS = "id, hazard_id, sequence, action, status_after, actor, actor_role, signature, note, "
            + "recorded_at, previous_hash, hash";
    static final String PLAN_COLUMNS = "hazard_id, revision, responsible_name, responsible_post, responsible_phone, measures, "
            + "funds_yuan, funds_source, deadline, contingency_plan, entry_sequence, recorded_by, recorded_at";
    static final String DEADLINE_COLUMNS = "id, hazard_id, deadline, set_by_action, entry_sequence, set_by, set_at";
    static final String ALERT_COLUMNS = "hazard_id, deadline, kind, raised_at";

    private static final String[] INDUSTRIES = {"FIRE", "INDUSTRY_TRADE", "CONSTRUCTION", "ROAD_TRAFFIC", "GAS",
            "SELF_BUILT_HOUSING", "HAZARDOUS_CHEMICALS", "OTHER", "WATER_TRAFFIC", "FIREWORKS", "MINING"};
    private static final int[] INDUSTRY_WEIGHTS = {20, 18, 12, 12, 10, 8, 6, 5, 3, 3, 3};
    private static final String[] SOURCES = {"GRID_PATROL", "ENTERPRISE_SELF_CHECK", "DEPARTMENT_INSPECTION",
            "SUPERVISION_INSPECTION", "COVERT_INSPECTION", "PUBLIC_REPORT", "ASSIGNED_BY_SUPERIOR", "WHISTLEBLOWER"};
    private static final int[] SOURCE_WEIGHTS = {35, 25, 20, 6, 5, 5, 3, 1};
    private static final String[] TYPES = {"OBJECT", "MANAGEMENT", "PERSON", "ENVIRONMENT"};
    private static final int[] TYPE_WEIGHTS = {50, 20, 15, 15};
    private static final String[] GENERAL_COLOURS = {"YELLOW", "BLUE", "ORANGE"};
    private static final int[] GENERAL_COLOUR_WEIGHTS = {45, 40, 15};
    private static final int[] COUNTY_WEIGHTS = {26, 22, 20, 17, 15};
    private static final String[] STATUSES = {"REPORTED", "CONFIRMED", "REJECTED", "RECTIFYING", "SUBMITTED", "CLOSED"};
    /** By age: under 3 days, under 60 days, older. Old open hazards are the overdue ones. */
    private static final int[][] STATUS_WEIGHTS = {{40, 20, 2, 25, 5, 8}, {2, 5, 5, 30, 10, 48}, {1, 3, 50, 25, 5, 916}};
    private static final Map<String, String> STANDARDS = Map.of("INDUSTRY_TRADE", "MEM-2023-10", "HAZARDOUS_CHEMICALS",
            "SAWS-2017-121-CHEMICALS", "FIREWORKS", "SAWS-2017-121-FIREWORKS", "MINING", "MEM-2020-4", "CONSTRUCTION",
            "MOHURD-2022-2", "GAS", "MOHURD-2023-4", "FIRE", "GB-35181-2025", "ROAD_TRAFFIC", "MOT-2023-52",
            "WATER_TRAFFIC", "MOT-2024-67");
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The rows of one batch of hazards, one COPY text per table. */
    static final class Batch {
        final CopyRows hazards = new CopyRows();
        final CopyRows entries = new CopyRows();
        final CopyRows plans = new CopyRows();
        final CopyRows deadlines = new CopyRows();
        final CopyRows alerts = new CopyRows();
    }

    private final long seed;
    private final int total;
    private final Instant now;
    private final LocalDate today;
    private final Instant start;
    private final int enterprisesPerVillage;
    /** Next ledger number by county and year, starting after what the database's counters had given. */
    private final Map<String, Integer> numbers;
    private final LedgerHash hash = new LedgerHash();

    /**
     * Columns the hazard table has beyond {@link #HAZARD_COLUMNS} in some versions of the service, written when it has
     * them: plan_funds_yuan, the funds of the plan in force kept on the row for the statistics.
     */
    static final String PLAN_FUNDS_COLUMN = "plan_funds_yuan";

    private final boolean planFunds;

    HazardStories(long seed, int total, Instant now, Map<String, Integer> counters) {
        this(seed, total, now, counters, false);
    }

    HazardStories(long seed, int total, Instant now, Map<String, Integer> counters, boolean planFunds) {
        this.planFunds = planFunds;
        this.seed = seed;
        this.total = total;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(now, CHINA);
        this.start = this.now.minus(Duration.ofDays(3 * 365));
        // about six hazards per enterprise over three years, as a township's regular inspections find them
        this.enterprisesPerVillage = Math.max(3, total / 500 / 6 / INDUSTRIES.length);
        this.numbers = new HashMap<>(counters);
    }

    /** The highest ledger number given per "county/year" so far: the service's counters must continue after them. */
    Map<String, Integer> lastNumbers() {
        return numbers;
    }

    /** A township code (9 digits) and its village codes are derived from the county and the two indexes. */
    static String village(int county, int township, int village) {
        return Corpus.COUNTIES.get(county) + (101 + township) + (201 + village);
    }

    /** Appends hazard number {@code index} (0-based, in reporting order) to {@code out}. */
    void write(int index, Batch out) {
        Random r = new Random(seed * 1_000_003L + index);
        int county = weighted(r, COUNTY_WEIGHTS);
        // the township that holds the county seat reports most
        int township = Math.min(9, (int) (10 * Math.pow(r.nextDouble(), 1.4)));
        int village = r.nextInt(10);
        String region = village(county, township, village);
        String countyName = Corpus.COUNTY_NAMES.get(county);
        String townshipName = Corpus.TOWNSHIP_NAMES.get((county * 4 + township) % Corpus.TOWNSHIP_NAMES.size());
        String villageName = Corpus.VILLAGE_NAMES.get(village);

        // more reports in recent months, as campaigns widened: the rate grows steadily from 0.6 to 1.4 times the
        // average over the three years (density 0.6 + 0.8x, its distribution inverted at the index's share)
        double share = (index + r.nextDouble()) / total;
        double position = (Math.sqrt(0.36 + 1.6 * share) - 0.6) / 0.8;
        Instant reportedAt = start.plusSeconds((long) (position * Duration.between(start, now).getSeconds()))
                .minusSeconds(60);
        long ageDays = Duration.between(reportedAt, now).toDays();
        String industry = INDUSTRIES[weighted(r, INDUSTRY_WEIGHTS)];
        String source = SOURCES[weighted(r, SOURCE_WEIGHTS)];
        boolean major = r.nextInt(1000) < 30;
        String status = STATUSES[weighted(r, STATUS_WEIGHTS[ageDays < 3 ? 0 : ageDays < 60 ? 1 : 2])];
        String colour = major ? (r.nextInt(5) == 0 ? "ORANGE" : "RED") : GENERAL_COLOURS[weighted(r, GENERAL_COLOUR_WEIGHTS)];

        String place = Corpus.pick(r, Corpus.places(industry));
        Corpus.Defect defect = Corpus.pick(r, Corpus.defects(industry));
        boolean hasEnterprise = r.nextInt(100) < switch (industry) {
            case "ROAD_TRAFFIC" -> 40;
            case "OTHER", "SELF_BUILT_HOUSING" -> 30;
            default -> 80;
        } || "ENTERPRISE_SELF_CHECK".equals(source);
        int enterprise = r.nextInt(enterprisesPerVillage);
        String enterpriseName = hasEnterprise ? townshipName + Corpus.tradeName(enterprise * 7 + village) + place : null;
        String where = hasEnterprise ? enterpriseName : townshipName + villageName + place;
        String title = (hasEnterprise ? Corpus.tradeName(enterprise * 7 + village) : "") + place + defect.text();
        // a spot (kitchen, warehouse) only where a building is the place: "the ferry's kitchen" reads oddly
        String spot = hasEnterprise && List.of("FIRE", "INDUSTRY_TRADE", "GAS", "HAZARDOUS_CHEMICALS").contains(industry)
                ? Corpus.spot(r) : "";
        String description = Corpus.seen(r) + "，" + where + spot + defect.text() + "，" + defect.risk() + "。";

        String hazardId = uuid(r).toString();
        Story story = new Story(hazardId, r, reportedAt, out.entries);
        String reporterRole = switch (source) {
            case "ENTERPRISE_SELF_CHECK" -> "ENTERPRISE";
            case "DEPARTMENT_INSPECTION", "SUPERVISION_INSPECTION", "COVERT_INSPECTION" -> "REGULATOR";
            case "ASSIGNED_BY_SUPERIOR" -> "SYSTEM";
            case "PUBLIC_REPORT", "WHISTLEBLOWER" -> "TOWNSHIP";
            default -> "INSPECTOR";
        };
        String reporter = ACTOR_PREFIX + reporterRole.toLowerCase() + "-" + region.substring(0, 9) + "-" + r.nextInt(8);
        String reporterName = "SYSTEM".equals(reporterRole) ? null : Corpus.person(r);
        String clerk = ACTOR_PREFIX + "township-" + region.substring(0, 9) + "-" + r.nextInt(3);
        String clerkName = Corpus.person(r);
        String regulator = ACTOR_PREFIX + "regulator-" + Corpus.COUNTIES.get(county);
        String regulatorName = Corpus.person(r);
        story.step("REPORT", "REPORTED", reporter, reporterRole, reporterName, null, reportedAt);

        String ledgerNumber = null;
        String standard = null;
        Instant closedAt = null;
        String submittedBy = null;
        LocalDate deadline = null;
        String responsible = null;
        String post = null;
        Instant dualAt = null;
        Instant listedAt = null;
        Instant delistedAt = null;
        boolean listed = false;
        if (!"REPORTED".equals(status)) {
            Instant reviewedAt = story.after(Duration.ofHours(1), Duration.ofHours(72));
            if ("REJECTED".equals(status)) {
                story.step("REJECT", "REJECTED", clerk, "TOWNSHIP", clerkName, "经核实不属实", reviewedAt);
            } else {
                int year = LocalDate.ofInstant(reviewedAt, CHINA).getYear();
                String counter = Corpus.COUNTIES.get(county) + "/" + year;
                int number = numbers.merge(counter, 1, Integer::sum);
                ledgerNumber = String.format("YH-%s-%d-%06d", Corpus.COUNTIES.get(county), year, number);
                story.step("CONFIRM", "CONFIRMED", clerk, "TOWNSHIP", clerkName, "经核实，纳入全量库", reviewedAt);
                if (major) {
                    standard = STANDARDS.get(industry);
                    dualAt = story.step("DUAL_REPORT", "CONFIRMED", clerk, "TOWNSHIP", clerkName, "已报告乡镇政府和行业部门",
                            story.after(Duration.ofMinutes(10), Duration.ofHours(12)));
                    listed = r.nextBoolean();
                }
            }
        }
        boolean planned = false;
        BigDecimal funds = null;
        boolean fixedOnSpot = false;
        if (status.equals("RECTIFYING") || status.equals("SUBMITTED") || status.equals("CLOSED")) {
            fixedOnSpot = !major && !"RECTIFYING".equals(status) && r.nextInt(100) < 35;
            if (fixedOnSpot) {
                submittedBy = clerk;
                story.step("FIX_ON_SPOT", "SUBMITTED", clerk, "TOWNSHIP", clerkName, Corpus.pick(r, Corpus.MEASURES),
                        story.after(Duration.ofMinutes(20), Duration.ofHours(4)));
            } else {
                planned = true;
                responsible = Corpus.person(r);
                post = hasEnterprise ? Corpus.pick(r, List.of("安全主管", "负责人", "店主", "项目经理")) : "村安全员";
                Instant plannedAt = story.after(Duration.ofHours(2), Duration.ofHours(48));
                story.step("PLAN_RECTIFICATION", "RECTIFYING", clerk, "TOWNSHIP", clerkName, null, plannedAt);
                int sequence = story.sequence;
                deadline = LocalDate.ofInstant(plannedAt, CHINA).plusDays(major ? 30 + r.nextInt(90) : 7 + r.nextInt(54));
                funds = plan(out, r, hazardId, sequence, responsible, post, major, deadline, clerk, plannedAt);
                out.deadlines.add(uuid(r)).add(hazardId).add(deadline).add("PLAN_RECTIFICATION").add(sequence)
                        .add(clerk).add(plannedAt).end();
                if (listed) {
                    listedAt = story.step("LIST_FOR_SUPERVISION", "RECTIFYING", regulator, "REGULATOR", regulatorName,
                            null, story.after(Duration.ofHours(4), Duration.ofDays(3)));
                }
                if (!"RECTIFYING".equals(status)) {
                    long window = Duration.between(story.at, deadline.atStartOfDay(CHINA).toInstant()).getSeconds();
                    submittedBy = clerk;
                    story.step("SUBMIT_RECTIFICATION", "SUBMITTED", clerk, "TOWNSHIP", clerkName, "已按方案完成整改",
                            story.after(Duration.ofHours(1), Duration.ofSeconds(Math.max(7200, (long) (window * 1.1)))));
                } else {
                    alerts(out, hazardId, deadline);
                }
            }
        }
        if ("CLOSED".equals(status)) {
            String closer = major ? regulator : clerk.substring(0, clerk.length() - 1) + (3 + r.nextInt(3));
            closedAt = story.step("CLOSE", "CLOSED", closer, major ? "REGULATOR" : "TOWNSHIP", major ? regulatorName
                    : Corpus.person(r), "经现场复查，整改到位，同意销号", story.after(Duration.ofHours(12), Duration.ofDays(5)));
            if (listedAt != null) {
                delistedAt = story.step("DELIST", "CLOSED", regulator, "REGULATOR", regulatorName, "整改到位，予以摘牌",
                        story.after(Duration.ofHours(1), Duration.ofDays(2)));
            }
        }

        boolean located = r.nextInt(100) < 80;
        CopyRows h = out.hazards;
        h.add(hazardId).add(title).add(description).add(r.nextBoolean() ? "安全管理制度未落实，员工安全意识不足" : null)
                .add(region).add(industry).add(source).add(major ? "MAJOR" : "GENERAL").add(TYPES[weighted(r, TYPE_WEIGHTS)])
                .add(colour).add(status).add(located ? countyName + townshipName + villageName + (1 + r.nextInt(12)) + "组" : null)
                .add(located ? coordinate(r, 29.6 + county * 0.35) : null).add(located ? coordinate(r, 107.2 + county * 0.4) : null)
                .add(reporter).add(reporterRole).add(reportedAt).add(story.at).add(story.sequence - 1).add(story.sequence)
                .add(story.head).add(ledgerNumber);
        if (hasEnterprise) {
            h.add(enterpriseName).add(creditCode(Corpus.COUNTIES.get(county), region, industry, enterprise))
                    .add(countyName + townshipName + "场镇" + (1 + enterprise % 60) + "号").add(Corpus.person(r))
                    .add("1" + (3 + r.nextInt(6)) + String.format("%09d", r.nextInt(1_000_000_000)));
        } else {
            h.add(null).add(null).add(null).add(null).add(null);
        }
        h.add(reportedAt.minus(Duration.ofMinutes(r.nextInt(600)))).add(reporterName == null ? "上级交办" : reporterName)
                .add(reporterName).add(standard).add(standard == null ? null : "第" + (2 + r.nextInt(8)) + "条")
                .add(deadline).add(planned ? 1 : 0).add(responsible).add(post).add(submittedBy).add(closedAt);
        if (dualAt != null) {
            h.add(townshipName + "人民政府").add(dualAt).add(clerk).add(countyName + "应急管理局").add(dualAt).add(clerk);
        } else {
            h.add(null).add(null).add(null).add(null).add(null).add(null);
        }
        if (listedAt != null) {
            h.add("COUNTY").add(countyName + "安全生产委员会").add(countyName.substring(0, 2) + "安委督〔"
                    + LocalDate.ofInstant(listedAt, CHINA).getYear() + "〕" + (1 + r.nextInt(40)) + "号").add(deadline)
                    .add(listedAt).add(regulator).add(delistedAt).add(delistedAt == null ? null : regulator);
        } else {
            h.add(null).add(null).add(null).add(null).add(null).add(null).add(null).add(null);
        }
        if (planFunds) {
            h.add(funds);
        }
        h.end();
    }

    /** Answers the plan's funds. */
    private BigDecimal plan(Batch out, Random r, String hazardId, int sequence, String responsible, String post,
                            boolean major, LocalDate deadline, String clerk, Instant at) {
        // funds spread like real plans: most a few hundred to a few thousand yuan, major ones far more
        BigDecimal funds = BigDecimal.valueOf(Math.exp(Math.log(major ? 60_000 : 1_500) + r.nextGaussian() * 1.1))
                .setScale(2, RoundingMode.HALF_UP);
        out.plans.add(hazardId).add(1).add(responsible).add(post).add("13" + String.format("%09d", r.nextInt(1_000_000_000)))
                .add(Corpus.pick(r, Corpus.MEASURES)).add(funds)
                .add(Corpus.pick(r, Corpus.FUND_SOURCES)).add(deadline).add("整改期间落实专人值守，设置警戒区域")
                .add(sequence).add(clerk).add(at).end();
        return funds;
    }

    /** What the deadline watch would have raised already: overdue once the deadline passed, approaching before. */
    private void alerts(Batch out, String hazardId, LocalDate deadline) {
        if (deadline.isBefore(today.plusDays(4))) {
            Instant approaching = deadline.minusDays(3).atStartOfDay(CHINA).toInstant();
            if (!approaching.isAfter(now)) {
                out.alerts.add(hazardId).add(deadline).add("APPROACHING").add(approaching).end();
            }
        }
        if (deadline.isBefore(today)) {
            out.alerts.add(hazardId).add(deadline).add("OVERDUE").add(deadline.plusDays(1).atStartOfDay(CHINA).toInstant()).end();
        }
    }

    /** An 18-character code that passes GB 32100's check: 9 (industry and commerce), 1 (enterprise), the county. */
    private String creditCode(String county, String region, String industry, int enterprise) {
        Random r = new Random((region + industry).hashCode() * 31L + enterprise);
        StringBuilder code = new StringBuilder("91").append(county);
        for (int i = 0; i < 9; i++) {
            code.append(CODE_ALPHABET.charAt(r.nextInt(CODE_ALPHABET.length())));
        }
        return code.append(CreditCodes.checkCharacter(code.toString())).toString();
    }

    private static BigDecimal coordinate(Random r, double centre) {
        return BigDecimal.valueOf(centre + r.nextDouble() * 0.3).setScale(6, RoundingMode.HALF_UP);
    }

    static UUID uuid(Random r) {
        return new UUID(r.nextLong() & ~0xF000L | 0x4000L, r.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
    }

    static int weighted(Random r, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = r.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One hazard's ledger as it grows: entries in order, each chained to the one before, times never in the future. */
    private final class Story {
        private final String hazardId;
        private final Random r;
        private final CopyRows entries;
        Instant at;
        int sequence;
        String head;

        Story(String hazardId, Random r, Instant reportedAt, CopyRows entries) {
            this.hazardId = hazardId;
            this.r = r;
            this.at = reportedAt;
            this.entries = entries;
        }

        /** A time between {@code min} and {@code max} after the last step, but not later than a minute ago. */
        Instant after(Duration min, Duration max) {
            long seconds = min.getSeconds() + (long) (r.nextDouble() * (max.getSeconds() - min.getSeconds()));
            Instant next = at.plusSeconds(seconds);
            Instant latest = now.minusSeconds(60);
            return next.isAfter(latest) ? (at.isAfter(latest) ? at.plusSeconds(1) : latest) : next;
        }

        Instant step(String action, String statusAfter, String actor, String role, String signature, String note, Instant when) {
            at = when;
            sequence++;
            String previous = head;
            head = hash.hash(previous, hazardId, sequence, action, statusAfter, actor, role, note, when, null, signature, null);
            entries.add(uuid(r)).add(hazardId).add(sequence).add(action).add(statusAfter).add(actor).add(role)
                    .add(signature).add(note).add(when).add(previous).add(head).end();
            return when;
        }
    }
}
