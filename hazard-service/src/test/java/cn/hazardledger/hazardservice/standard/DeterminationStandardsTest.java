package cn.hazardledger.hazardservice.standard;

import cn.hazardledger.hazardservice.hazard.Industry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue as shipped: it loads, and what the file says is what the service answers. */
class DeterminationStandardsTest {

    private final DeterminationStandards standards = new DeterminationStandards();

    @Test
    void theCatalogueLoadsWithTheStandardsNamedInTheirOwnWords() {
        assertThat(standards.all()).hasSizeGreaterThanOrEqualTo(10);
        DeterminationStandard trade = standards.find("MEM-2023-10").orElseThrow();
        assertThat(trade.title()).isEqualTo("工贸企业重大事故隐患判定标准");
        assertThat(trade.issuer()).isEqualTo("应急管理部");
        assertThat(trade.documentNumber()).isEqualTo("应急管理部令第10号");
        assertThat(trade.year()).isEqualTo(2023);
        assertThat(trade.industries()).containsExactly(Industry.INDUSTRY_TRADE);
        assertThat(trade.inForce()).isTrue();
        assertThat(trade.supersededBy()).isNull();
        assertThat(standards.find("GB-35181-2025").orElseThrow().title()).isEqualTo("重大火灾隐患判定规则");
    }

    @Test
    void everyIndustryInTheFileIsAnIndustryAndEveryCodeIsListedOnce() throws IOException {
        // read the file itself, not what the reader made of it, so that this holds whatever the reader tolerates
        JsonNode file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CatalogueFile.RESOURCE)) {
            file = new ObjectMapper().readTree(in);
        }
        Set<String> names = Arrays.stream(Industry.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> codes = new ArrayList<>();
        for (JsonNode standard : file.get("standards")) {
            codes.add(standard.get("code").asText());
            assertThat(standard.get("industries")).isNotEmpty();
            standard.get("industries").forEach(i -> assertThat(names).as(standard.get("code").asText()).contains(i.asText()));
            assertThat(standard.path("description").asText()).as("where the entry comes from").isNotBlank();
        }
        assertThat(codes).doesNotHaveDuplicates().hasSize(standards.all().size());
    }

    @Test
    void appliesToIsAboutTheIndustryOnly() {
        assertThat(standards.appliesTo("MEM-2023-10", Industry.INDUSTRY_TRADE)).isTrue();
        assertThat(standards.appliesTo("MEM-2023-10", Industry.FIRE)).isFalse();
        assertThat(standards.appliesTo("MEM-2020-4", Industry.MINING)).isTrue();
        assertThat(standards.appliesTo("NMSA-2022-88", Industry.MINING)).isTrue();
        assertThat(standards.appliesTo("MOHURD-2022-2", Industry.CONSTRUCTION)).isTrue();
        assertThat(standards.appliesTo("MOHURD-2023-4", Industry.GAS)).isTrue();
        // a superseded standard still applies to its industry: whether it may be used is inForce's question
        assertThat(standards.appliesTo("SAWS-2017-129", Industry.INDUSTRY_TRADE)).isTrue();
        assertThat(standards.find("SAWS-2017-129").orElseThrow().inForce()).isFalse();
        // an unknown code, a code in another case, nothing at all
        assertThat(standards.appliesTo("MEM-2023-99", Industry.INDUSTRY_TRADE)).isFalse();
        assertThat(standards.appliesTo("mem-2023-10", Industry.INDUSTRY_TRADE)).isFalse();
        assertThat(standards.appliesTo(null, Industry.INDUSTRY_TRADE)).isFalse();
        assertThat(standards.appliesTo("MEM-2023-10", null)).isFalse();
        assertThat(standards.find(null)).isEmpty();
    }

    @Test
    void aSupersededStandardNamesItsReplacementWhichIsInForceForTheSameIndustry() {
        List<DeterminationStandard> superseded = standards.all().stream().filter(s -> !s.inForce()).toList();
        assertThat(superseded).extracting(DeterminationStandard::code)
                .contains("SAWS-2017-129", "SAWS-2015-85", "SAWS-2017-98", "GB-35181-2017");
        for (DeterminationStandard old : superseded) {
            DeterminationStandard replacement = standards.find(old.supersededBy()).orElseThrow();
            assertThat(replacement.inForce()).as(old.code()).isTrue();
            assertThat(replacement.industries()).as(old.code()).containsAll(old.industries());
        }
    }

    @Test
    void everyIndustryButSelfBuiltHousingAndOtherHasAStandardInForce() {
        // no national determination standard exists for self-built housing; OTHER is no industry of its own
        Set<Industry> covered = standards.all().stream().filter(DeterminationStandard::inForce)
                .flatMap(s -> s.industries().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(Industry.class)));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered)))
                .containsExactlyInAnyOrder(Industry.SELF_BUILT_HOUSING, Industry.OTHER);
        assertThat(standards.forIndustry(Industry.SELF_BUILT_HOUSING)).isEmpty();
        assertThat(standards.forIndustry(Industry.MINING)).extracting(DeterminationStandard::code)
                .containsExactly("MEM-2020-4", "SAWS-2015-85", "NMSA-2022-88", "SAWS-2017-98");
    }
}
