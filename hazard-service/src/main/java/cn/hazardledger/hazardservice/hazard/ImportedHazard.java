package cn.hazardledger.hazardservice.hazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One hazard as a ledger kept elsewhere holds it (a row of a township's Excel 台账), already checked by the
 * import: what {@link Hazard#imported} records as it stands there, status and dates included.
 *
 * @param ledgerNumber null only for a hazard not yet confirmed (REPORTED, REJECTED)
 */
public record ImportedHazard(String ledgerNumber, String title, String description, String regionCode,
                             Industry industry, HazardSource source, HazardLevel level, HazardType hazardType,
                             RiskColour riskColour, HazardStatus status, String enterpriseName, String creditCode,
                             String address, BigDecimal latitude, BigDecimal longitude, Instant discoveredAt,
                             String discoveredBy, Instant reportedAt, String responsibleUnitName,
                             String responsiblePerson, LocalDate deadline, Instant closedAt) {

    /** The same hazard with the number the import gives it. */
    public ImportedHazard numbered(String number) {
        return new ImportedHazard(number, title, description, regionCode, industry, source, level, hazardType,
                riskColour, status, enterpriseName, creditCode, address, latitude, longitude, discoveredAt, discoveredBy,
                reportedAt, responsibleUnitName, responsiblePerson, deadline, closedAt);
    }

    /** Where it came from: the import, the file (its SHA-256) and the row, as the ledger entry records them. */
    public record Origin(String importId, String fileName, String fileSha256, int row) {
    }
}
