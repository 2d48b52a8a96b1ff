package cn.hazardledger.notifyservice.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTest {

    private static final String TOWNSHIP = "500240213000";
    private static final String COUNTY = "500240000000";

    @Test
    void aGeneralHazardIsToldToItsTownshipOnly() {
        assertThat(Recipients.ofReportedHazard(TOWNSHIP, COUNTY, false))
                .containsExactly(new Recipient("TOWNSHIP", TOWNSHIP));
    }

    @Test
    void aMajorHazardIsDualReportedToTheTownshipAndTheCountyRegulator() {
        assertThat(Recipients.ofReportedHazard(TOWNSHIP, COUNTY, true)).containsExactly(
                new Recipient("TOWNSHIP", TOWNSHIP), new Recipient("REGULATOR", COUNTY));
    }

    @Test
    void aTaskForAnEnterpriseOrAUnitGoesToThatPartysOwnInboxAndATownshipsToItsOffice() {
        assertThat(Recipients.ofAssignedTask("ENTERPRISE", "500240213005", "91350100M000100Y43"))
                .isEqualTo(new Recipient("ENTERPRISE", "500240213005", "91350100M000100Y43"));
        assertThat(Recipients.ofAssignedTask("UNIT", "500240213005", "500240-ZJW"))
                .isEqualTo(new Recipient("UNIT", "500240213005", "500240-ZJW"));
        assertThat(Recipients.ofAssignedTask("TOWNSHIP", "500240213005", "500240213000"))
                .isEqualTo(new Recipient("TOWNSHIP", TOWNSHIP));
    }
}
