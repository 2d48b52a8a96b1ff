package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.hazardservice.evidence.Sha256;
import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.ImportedHazard;
import cn.hazardledger.hazardservice.hazard.Transition;
import cn.hazardledger.hazardservice.ledger.LedgerNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Imports a ledger kept elsewhere, all or nothing, in the caller's transaction: the file is read and every row
 * checked first ({@link LedgerRows}); any problem refuses the whole file with every problem listed. Rows already
 * in the ledger are found again and left alone, so the same file twice creates nothing new.
 */
@ApplicationScoped
public class LedgerImporter {

    /** The most problems one refusal lists: beyond that the clerk has a pattern to fix, not a list to read. */
    static final int SHOWN_PROBLEMS = 1000;
    /** Imports are serialised: two at once could each find a row absent and both create it. */
    private static final long IMPORT_LOCK = 0x4C65646765724CL;
    /** Written rows are flushed and let go in batches, so that a large file does not fill the session. */
    private static final int BATCH = 200;

    @Inject
    Caller caller;

    @Inject
    HazardService hazards;

    @Inject
    LedgerNumbers numbers;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importFile(Path file, String fileName) throws IOException {
        byte[] content = Files.readAllBytes(file);
        SheetFormat format = SheetFormat.of(content);
        Instant now = hazards.now();
        LedgerRows.Result read = new LedgerRows(caller::canSee, caller.region().value(), now)
                .read(format.read(file, content));
        refuseIf(read.problems());
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) l").setParameter(1, IMPORT_LOCK)
                .getSingleResult();
        // first the counters, whose locks wait for any confirmation in flight: its number is then visible below
        reserveNumbers(read.rows());
        List<LedgerRows.Read> fresh = new ArrayList<>();
        List<SheetProblem> conflicts = new ArrayList<>();
        Map<String, String> regionByNumber = regionsOfNumbers(read.rows());
        for (LedgerRows.Read row : read.rows()) {
            String number = row.hazard().ledgerNumber();
            String region = number == null ? null : regionByNumber.get(number);
            if (region != null && !region.equals(row.hazard().regionCode())) {
                conflicts.add(new SheetProblem(row.row(), SheetColumn.LEDGER_NUMBER.header(),
                        "此台账编号已属于所在区域 " + region + " 的另一条隐患"));
            } else if (region == null && !reportedAlready(row.hazard())) {
                fresh.add(row);
            }
        }
        refuseIf(conflicts);

        LedgerImport record = new LedgerImport();
        record.id = UUID.randomUUID();
        record.fileSha256 = Sha256.of(file);
        record.fileName = fileName;
        record.fileFormat = format.name();
        record.regionCode = caller.region().value();
        record.importedBy = caller.subject();
        record.importerRole = caller.role();
        record.importedAt = now;
        record.rowCount = read.rows().size();
        record.created = fresh.size();
        record.alreadyPresent = read.rows().size() - fresh.size();
        record.persist();
        create(fresh, record, now);
        return ImportResult.of(record, read.ignoredColumns());
    }

    private void create(List<LedgerRows.Read> rows, LedgerImport file, Instant now) {
        Actor importer = Actor.of(caller);
        LocalDate today = hazards.today();
        int written = 0;
        for (LedgerRows.Read row : rows) {
            ImportedHazard.Origin origin = new ImportedHazard.Origin(file.id.toString(), file.fileName, file.fileSha256, row.row());
            Transition t = Hazard.imported(numbered(row.hazard()), origin, importer, now, today);
            t.hazard().persist();
            t.records().forEach(r -> r.persist());
            t.entry().persist();
            outbox.append(t.event());
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    /**
     * A hazard the township had confirmed into its ledger without a number of this form gets one now, from its
     * county's counter of the year it was reported: every confirmed hazard here has a ledger number.
     */
    private ImportedHazard numbered(ImportedHazard h) {
        if (h.ledgerNumber() != null || h.status() == HazardStatus.REPORTED || h.status() == HazardStatus.REJECTED) {
            return h;
        }
        return h.numbered(numbers.next(RegionCode.of(h.regionCode()).county().value(),
                LocalDate.ofInstant(h.reportedAt(), ChinaTime.ZONE).getYear()));
    }

    private void reserveNumbers(List<LedgerRows.Read> rows) {
        // sorted, so that two transactions lock counter rows in the same order
        Map<String, Integer> highest = new TreeMap<>();
        for (LedgerRows.Read row : rows) {
            if (row.hazard().ledgerNumber() != null) {
                Matcher m = LedgerRows.LEDGER_NUMBER.matcher(row.hazard().ledgerNumber());
                if (m.matches()) {
                    highest.merge(m.group(1) + "-" + m.group(2), Integer.parseInt(m.group(3)), Math::max);
                }
            }
        }
        highest.forEach((key, seq) -> numbers.reserve(key.substring(0, 6), Integer.parseInt(key.substring(7)), seq));
    }

    private Map<String, String> regionsOfNumbers(List<LedgerRows.Read> rows) {
        List<String> given = rows.stream().map(r -> r.hazard().ledgerNumber()).filter(n -> n != null).toList();
        Map<String, String> regions = new HashMap<>();
        for (int i = 0; i < given.size(); i += 1000) {
            List<Object[]> found = em.createQuery("select ledgerNumber, regionCode from Hazard where ledgerNumber in :numbers",
                    Object[].class).setParameter("numbers", given.subList(i, Math.min(given.size(), i + 1000))).getResultList();
            found.forEach(f -> regions.put((String) f[0], (String) f[1]));
        }
        return regions;
    }

    /** The same hazard, here already: same region, title and reported time (a sheet keeps whole seconds). */
    private boolean reportedAlready(ImportedHazard h) {
        return Hazard.count("regionCode = ?1 and title = ?2 and reportedAt >= ?3 and reportedAt < ?4", h.regionCode(),
                h.title(), h.reportedAt(), h.reportedAt().plusSeconds(1)) > 0;
    }

    private static void refuseIf(List<SheetProblem> problems) {
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    /** The 400 listing the problems: problems[] with row, column and reason, errors[] each as a message. */
    static ProblemException refusal(List<SheetProblem> problems) {
        List<SheetProblem> shown = problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS));
        List<Problem.FieldError> errors = shown.stream()
                .map(p -> new Problem.FieldError(p.column().isEmpty() ? "file" : p.column(), p.message())).toList();
        String detail = "台账文件有 " + problems.size() + " 处问题，未导入任何内容"
                + (shown.size() < problems.size() ? "（仅列出前 " + shown.size() + " 处）" : "")
                + " / the ledger file has " + problems.size() + " problem(s); nothing was imported";
        return new ProblemException(Problem.invalid(detail, errors)
                .with(Map.of("problems", List.copyOf(shown), "problemCount", problems.size())));
    }
}
