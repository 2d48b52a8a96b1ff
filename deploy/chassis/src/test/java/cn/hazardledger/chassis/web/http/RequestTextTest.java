package cn.hazardledger.chassis.web.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextTest {

    @Test
    void cleanPathsAndQueriesPass() {
        assertThat(RequestText.problemWith("/hazards/3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66/entries")).isNull();
        assertThat(RequestText.problemWith("q=%E7%87%83%E6%B0%94&limit=20")).isNull();
        assertThat(RequestText.problemWith("")).isNull();
    }

    @Test
    void overlongUtf8CannotSmuggleDotDotSlash() {
        assertThat(RequestText.problemWith("/hazards/%C0%AE%C0%AE%C0%AF")).contains("UTF-8");
        assertThat(RequestText.problemWith("/%E0%80%AE")).contains("UTF-8");
    }

    @Test
    void brokenEscapesControlsAndRawBytesAreRefused() {
        assertThat(RequestText.problemWith("/hazards%")).contains("two hexadecimal");
        assertThat(RequestText.problemWith("/hazards%2")).contains("two hexadecimal");
        assertThat(RequestText.problemWith("/hazards%zz")).contains("two hexadecimal");
        assertThat(RequestText.problemWith("cursor=%00")).contains("control");
        assertThat(RequestText.problemWith("/a%1Bb")).contains("control");
        assertThat(RequestText.problemWith("/燃气")).contains("percent-encoded");
        assertThat(RequestText.problemWith("/%FF")).contains("UTF-8");
    }
}
