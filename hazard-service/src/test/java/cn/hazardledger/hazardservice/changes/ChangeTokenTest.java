package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.chassis.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeTokenTest {

    @Test
    void aTokenReadsBackAsWhatItWasAndNoTokenIsTheStart() {
        ChangeToken token = new ChangeToken(4_294_967_300L, UUID.randomUUID());
        assertThat(ChangeToken.decode(token.encode())).isEqualTo(token);
        assertThat(ChangeToken.decode(null)).isEqualTo(ChangeToken.START);
        assertThat(ChangeToken.decode(" ")).isEqualTo(ChangeToken.START);
    }

    @Test
    void aTokenThisServiceDidNotWriteIsRefusedNamingSince() {
        for (String raw : new String[]{"c1:12", "c2:12:3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", "c1:-5:3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66",
                "c1:x:3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", "c1:12:1-2-3-4-5"}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes());
            assertThatThrownBy(() -> ChangeToken.decode(token)).as(raw).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("since");
        }
        assertThatThrownBy(() -> ChangeToken.decode("%%%")).isInstanceOf(ProblemException.class);
    }
}
