package cn.hazardledger.notifyservice.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClipTest {

    @Test
    void theLongestTextsAreClippedWithoutSplittingARareCharacter() {
        assertThat(InboxService.clip("甲".repeat(298) + "𠮷𠮷", 300)).isEqualTo("甲".repeat(298) + "…");
        assertThat(InboxService.clip("甲".repeat(301), 300)).isEqualTo("甲".repeat(299) + "…");
        assertThat(InboxService.clip("安全", 300)).isEqualTo("安全");
    }
}
