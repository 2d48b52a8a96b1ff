package cn.hazardledger.hazardservice.standard;

import cn.hazardledger.hazardservice.hazard.Industry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of national determination standards (重大事故隐患判定标准), read once when the service starts: a
 * broken catalogue fails the start rather than the first review that needs it. Confirming a major hazard requires
 * a standard that {@link #find exists}, is {@link DeterminationStandard#inForce() in force} and
 * {@link #appliesTo applies} to the hazard's industry.
 */
@Startup
@Singleton
public class DeterminationStandards {

    private final Map<String, DeterminationStandard> byCode = new LinkedHashMap<>();

    public DeterminationStandards() {
        this(CatalogueFile.fromClasspath());
    }

    DeterminationStandards(List<DeterminationStandard> standards) {
        standards.forEach(s -> byCode.put(s.code(), s));
    }

    /** Every standard, superseded ones too, in the catalogue's order. */
    public List<DeterminationStandard> all() {
        return List.copyOf(byCode.values());
    }

    /** The standards for one industry, superseded ones too; none for an industry without a national standard. */
    public List<DeterminationStandard> forIndustry(Industry industry) {
        return byCode.values().stream().filter(s -> s.appliesTo(industry)).toList();
    }

    /** The standard with exactly this code (codes are upper case; "mem-2023-10" is not one). */
    public Optional<DeterminationStandard> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Whether the standard with this code exists and judges hazards of this industry, in force or not. */
    public boolean appliesTo(String code, Industry industry) {
        return industry != null && find(code).map(s -> s.appliesTo(industry)).orElse(false);
    }
}
