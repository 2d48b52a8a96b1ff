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
        // a template's own regex may hold braces of its own
        java.util.regex.Pattern uuid = AllowedMethods.pattern("/hazards/{id: [0-9a-f]{8}-[0-9a-f]{4}}");
        assertThat(uuid.matcher("/hazards/3f1c2a9e-6b1d").matches()).isTrue();
        assertThat(uuid.matcher("/hazards/imports").matches()).isFalse();
    }
}
