package cn.hazardledger.hazardservice.standard;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mistake in the catalogue file stops the service at start, saying what is wrong. */
class CatalogueFileTest {

    private static final String TRADE = """
            {"code": "MEM-2023-10", "title": "工贸企业重大事故隐患判定标准", "issuer": "应急管理部",
             "documentNumber": "应急管理部令第10号", "year": 2023, "industries": ["INDUSTRY_TRADE"], "inForce": true,
             "description": "test"}""";

    @Test
    void aWellFormedCatalogueIsRead() {
        assertThat(read("{\"description\": \"test\", \"standards\": [" + TRADE + "]}"))
                .singleElement().satisfies(s -> assertThat(s.code()).isEqualTo("MEM-2023-10"));
    }

    @Test
    void anIndustryThatIsNotAnIndustryIsRefusedByName() {
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("INDUSTRY_TRADE", "COAL"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COAL");
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        assertThatThrownBy(() -> read(catalogue(TRADE + ", " + TRADE)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MEM-2023-10 is listed twice");
    }

    @Test
    void missingOrWrongFieldsAreRefused() {
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("\"title\": \"工贸企业重大事故隐患判定标准\",", ""))))
                .hasMessageContaining("MEM-2023-10 has no title");
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("\"inForce\": true,", ""))))
                .hasMessageContaining("inForce");
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("[\"INDUSTRY_TRADE\"]", "[]"))))
                .hasMessageContaining("names no industry");
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("MEM-2023-10", "mem 2023/10"))))
                .hasMessageContaining("is not upper-case words joined by hyphens");
        assertThatThrownBy(() -> read(catalogue(TRADE.replace("\"year\": 2023", "\"year\": 2023, \"yaer\": 2023"))))
                .hasMessageContaining("yaer");
        assertThatThrownBy(() -> read("{\"description\": \"test\", \"standards\": []}"))
                .hasMessageContaining("lists no standards");
    }

    @Test
    void aReplacementMustBeAnotherListedStandardAndTheReplacedOneNotInForce() {
        assertThatThrownBy(() -> read(catalogue(
                TRADE.replace("\"inForce\": true", "\"inForce\": false, \"supersededBy\": \"MEM-2099-1\""))))
                .hasMessageContaining("superseded by MEM-2099-1, which is not another standard listed");
        assertThatThrownBy(() -> read(catalogue(
                TRADE.replace("\"inForce\": true", "\"inForce\": true, \"supersededBy\": \"MEM-2023-10\""))))
                .hasMessageContaining("is in force yet superseded");
    }

    private static String catalogue(String standards) {
        return "{\"description\": \"test\", \"standards\": [" + standards + "]}";
    }

    private static java.util.List<DeterminationStandard> read(String json) {
        return CatalogueFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
