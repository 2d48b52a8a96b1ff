package cn.hazardledger.hazardservice.hazard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTest {

    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Disclosure.maskPhone("13800000000")).isEqualTo("138****0000");
        assertThat(Disclosure.maskPhone(" 13912345678 ")).isEqualTo("139****5678");
    }

    @Test
    void aShortNumberKeepsLessAndATinyOneNothing() {
        assertThat(Disclosure.maskPhone("023-5441234")).isEqualTo("023****1234");
        assertThat(Disclosure.maskPhone("5441234")).isEqualTo("5****34");
        assertThat(Disclosure.maskPhone("110")).isEqualTo("***");
        assertThat(Disclosure.maskPhone(null)).isNull();
    }

    @Test
    void onlyTheRolesThatActOnAHazardSeeItsPhonesInClear() {
        assertThat(Disclosure.forOne("INSPECTOR")).isEqualTo(Disclosure.CLEAR);
        assertThat(Disclosure.forOne("TOWNSHIP")).isEqualTo(Disclosure.CLEAR);
        assertThat(Disclosure.forOne("REGULATOR")).isEqualTo(Disclosure.CLEAR);
        assertThat(Disclosure.forOne("LEADER")).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.forOne("SYSTEM")).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.forOne("AUDITOR")).isEqualTo(Disclosure.MASKED);
        assertThat(Disclosure.MASKED.phone("13800000000")).isEqualTo("138****0000");
        assertThat(Disclosure.CLEAR.phone("13800000000")).isEqualTo("13800000000");
    }
}
