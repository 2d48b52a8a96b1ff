package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * Step 3 of a key rotation (hazard-service/README.md, "Encryption and key rotation"): re-seals, batch by batch, the
 * reports still sealed with a key other than the current one. It writes the sealed columns and key_version alone,
 * with SQL, so that a re-seal neither moves a report's version (a township's If-Match stays good) nor races a triage
 * into mixed keys: a triage that wrote the row meanwhile wrote all its sealed columns with their key_version, and the
 * next pass takes the row again. Replicas share the work through SKIP LOCKED.
 */
@ApplicationScoped
public class ReporterReseal {

    @Inject
    FieldCipher cipher;

    @Inject
    FieldEncryptionConfig config;

    @Inject
    EntityManager em;

    @Scheduled(every = "${field-encryption.reseal-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resealAll() {
        int total = 0;
        int done;
        do {
            done = resealBatch();
            total += done;
        } while (done > 0);
        if (total > 0) {
            Log.infof("re-sealed %d public reports with field-encryption key %d", total, cipher.currentVersion());
        }
    }

    /** Re-seals up to field-encryption.reseal-batch reports on an older key in one transaction; answers how many. */
    public int resealBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery("SELECT id FROM public_report WHERE key_version <> ?1 ORDER BY id "
                    + "LIMIT ?2 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, cipher.currentVersion()).setParameter(2, config.resealBatch()).getResultList();
            List<UUID> ids = rows.stream().map(r -> r instanceof UUID u ? u : UUID.fromString(r.toString())).toList();
            for (UUID id : ids) {
                PublicReport report = em.find(PublicReport.class, id);
                em.detach(report);
                ReporterSeal.Opened opened = ReporterSeal.open(report, cipher);
                ReporterSeal.seal(report, cipher, opened);
                em.createNativeQuery("UPDATE public_report SET reporter_name_sealed = ?1, reporter_phone_sealed = ?2, "
                                + "reporter_id_sealed = ?3, reporter_contact_sealed = ?4, location_sealed = ?5, "
                                + "key_version = ?6 WHERE id = ?7")
                        .setParameter(1, report.reporterNameSealed).setParameter(2, report.reporterPhoneSealed)
                        .setParameter(3, report.reporterIdSealed).setParameter(4, report.reporterContactSealed)
                        .setParameter(5, report.locationSealed).setParameter(6, report.keyVersion)
                        .setParameter(7, id).executeUpdate();
            }
            return ids.size() + resealPhotos();
        });
    }

    /** The same for photos, in the same transaction: the file and its EXIF position. */
    private int resealPhotos() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM public_report_photo WHERE key_version <> ?1 ORDER BY id "
                + "LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, cipher.currentVersion()).setParameter(2, config.resealBatch()).getResultList();
        for (Object row : rows) {
            UUID id = row instanceof UUID u ? u : UUID.fromString(row.toString());
            PublicReportPhoto photo = em.find(PublicReportPhoto.class, id);
            String location = photo.location(cipher);
            byte[] content = photo.content(cipher);
            int comma = location == null ? -1 : location.indexOf(',');
            photo.seal(cipher, content, location == null ? null : new java.math.BigDecimal(location.substring(0, comma)),
                    location == null ? null : new java.math.BigDecimal(location.substring(comma + 1)));
        }
        return rows.size();
    }
}
