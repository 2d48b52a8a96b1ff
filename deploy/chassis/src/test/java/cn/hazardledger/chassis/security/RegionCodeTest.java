package cn.hazardledger.chassis.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    void scopePrefixFollowsTheAdministrativeLevel() {
        assertThat(RegionCode.of("500000000000").scopePrefix()).isEqualTo("50");
        assertThat(RegionCode.of("500200000000").scopePrefix()).isEqualTo("5002");
        assertThat(RegionCode.of("500240000000").scopePrefix()).isEqualTo("500240");
        assertThat(RegionCode.of("500240213000").scopePrefix()).isEqualTo("500240213");
        assertThat(RegionCode.of("500240213001").scopePrefix()).isEqualTo("500240213001");
    }

    @Test
    void anAreaCoversWhatLiesInsideItAndNothingElse() {
        RegionCode township = RegionCode.of("500240213000");
        assertThat(township.covers(RegionCode.of("500240213001"))).isTrue();
        assertThat(township.covers(township)).isTrue();
        assertThat(township.covers(RegionCode.of("500240214001"))).isFalse();
        assertThat(RegionCode.of("500240213001").covers(township)).isFalse();
        assertThat(RegionCode.of("500240000000").covers(RegionCode.of("500240214001"))).isTrue();
    }

    @Test
    void aVillageBelongsToItsTownshipAndCounty() {
        RegionCode village = RegionCode.of("500240213001");
        assertThat(village.township().value()).isEqualTo("500240213000");
        assertThat(village.county().value()).isEqualTo("500240000000");
        assertThat(RegionCode.of("500240000000").township().value()).isEqualTo("500240000000");
    }

    @Test
    void rejectsWhatIsNotAnAdministrativeCode() {
        assertThat(RegionCode.isValid("50024021300")).isFalse();
        assertThat(RegionCode.isValid("5002402130001")).isFalse();
        assertThat(RegionCode.isValid("50024021300x")).isFalse();
        assertThat(RegionCode.isValid("000000000000")).isFalse();
        assertThat(RegionCode.isValid(null)).isFalse();
        // a level below a whole area (000) must be whole too
        assertThat(RegionCode.isValid("500000213001")).isFalse();
        assertThat(RegionCode.isValid("500200000001")).isFalse();
        assertThat(RegionCode.isValid("000240213001")).isFalse();
        assertThat(RegionCode.isValid("500240213001")).isTrue();
        assertThat(RegionCode.problemWith("500000213001")).contains("000");
        assertThat(RegionCode.problemWith("5002")).contains("12-digit");
        assertThat(RegionCode.problemWith("500240213001")).isNull();
        assertThatThrownBy(() -> RegionCode.of("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
