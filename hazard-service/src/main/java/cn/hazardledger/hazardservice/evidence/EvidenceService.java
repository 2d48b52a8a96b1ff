package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeping a hazard's evidence, and citing it from the ledger. Uploading is not a ledger step and publishes no
 * event: evidence enters the tamper-evident ledger when a step (a submission, an on-the-spot fix, a plan) cites
 * it, and that step's entry records each cited id and SHA-256 ({@link #cite}, then {@link #markCited}).
 * The hazard's region scope is checked by the callers, which hold the hazard.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    EvidenceContents contents;

    /** Keeps an inspected file of a hazard, with its metadata, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    EvidenceView keep(UUID hazardId, UploadForm form, InspectedFile file) {
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.hazardId = hazardId;
        e.kind = file.kind();
        e.mediaType = file.mediaType();
        e.sizeBytes = file.sizeBytes();
        e.sha256 = file.sha256();
        e.fileName = form.fileName();
        e.caption = form.caption();
        e.capturedAt = file.photo().capturedAt();
        e.latitude = file.photo().latitude();
        e.longitude = file.photo().longitude();
        e.uploadedBy = caller.subject();
        e.uploaderRole = caller.role();
        e.uploadedAt = Instant.now(clock);
        e.persistAndFlush();
        contents.store(e.id, form.file(), file.sizeBytes());
        return EvidenceView.of(e);
    }

    /** A hazard's evidence, oldest first. */
    public List<EvidenceView> list(UUID hazardId) {
        return Evidence.<Evidence>find("hazardId = ?1 order by uploadedAt, id", hazardId).stream()
                .map(EvidenceView::of).toList();
    }

    Optional<Evidence> find(UUID hazardId, UUID evidenceId) {
        return Evidence.<Evidence>findByIdOptional(evidenceId).filter(e -> e.hazardId.equals(hazardId));
    }

    /**
     * The evidence a step of {@code hazardId} cites, in the order given, without its bytes. An id that is not
     * evidence of that hazard (evidence of another hazard included), a missing id or an id given twice is a 400
     * naming {@code field} and the first such id. No ids cite nothing: an empty list.
     */
    public List<EvidenceRef> cite(UUID hazardId, List<UUID> evidenceIds, String field) {
        if (evidenceIds == null || evidenceIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID id : evidenceIds) {
            if (id == null) {
                throw ProblemException.invalidField(field, "holds an empty evidence id");
            }
            if (!seen.add(id)) {
                throw ProblemException.invalidField(field, "cites evidence " + id + " more than once");
            }
        }
        Map<UUID, Evidence> found = Evidence.<Evidence>find("hazardId = ?1 and id in ?2", hazardId, evidenceIds)
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<EvidenceRef> cited = new ArrayList<>(evidenceIds.size());
        for (UUID id : evidenceIds) {
            Evidence e = found.get(id);
            if (e == null) {
                throw ProblemException.invalidField(field, "no evidence " + id + " was uploaded to this hazard");
            }
            cited.add(EvidenceRef.of(e));
        }
        return cited;
    }

    /**
     * Records that the ledger entry {@code entrySequence} cites this evidence, in the step's transaction, after
     * {@link #cite} accepted the ids. Evidence already cited keeps the first entry that cited it; the later
     * entry records the citation itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markCited(List<UUID> evidenceIds, int entrySequence) {
        if (evidenceIds == null || evidenceIds.isEmpty()) {
            return;
        }
        Evidence.update("entrySequence = ?1 where id in ?2 and entrySequence is null", entrySequence, evidenceIds);
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such evidence of this hazard in your region");
    }
}
