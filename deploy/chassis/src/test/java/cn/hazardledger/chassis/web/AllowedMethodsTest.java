package cn.hazardledger.chassis.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AllowedMethodsTest {

    @Test
    void pathTemplatesMatchTheirPathsOnly() {
        assertThat(AllowedMethods.pattern("/hazards").matcher("/hazards").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/hazards").matcher("/hazards/").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/hazards/{id}/entries").matcher("/hazards/3f1c/entries").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/hazards/{id}/entries").matcher("/hazards/3f1c/x/entries").matches()).isFalse();
        assertThat(AllowedMethods.pattern("/hazards/{id}").matcher("/hazards").matches()).isFalse();
        assertThat(AllowedMethods.pattern("/hazards.geojson").matcher("/hazardsXgeojson").matches()).isFalse();
        assertThat(AllowedMethods.pattern("/inbox/{id: [0-9a-f-]+}/read").matcher("/inbox/ab-1/read").matches()).isTrue();
    }
}
