package cn.hazardledger.notify.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTest {

    @Test
    void aGeneralHazardIsToldToItsTownship() {
        assertThat(Recipients.ofReportedHazard("500240213001", false))
                .containsExactly(new Recipient("TOWNSHIP", "500240213000"));
    }

    @Test
    void aMajorHazardIsDualReportedToTheTownshipAndTheCountyRegulator() {
        assertThat(Recipients.ofReportedHazard("500240213001", true)).containsExactly(
                new Recipient("TOWNSHIP", "500240213000"), new Recipient("REGULATOR", "500240000000"));
    }
}
