package cn.hazardledger.chassis.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitsTest {

    @Test
    void aJsonBodyOrAnyOtherIsCappedAtTenMebibytes() {
        assertThat(BodyLimits.maxBytes("application/json")).isEqualTo(10L * 1024 * 1024);
        assertThat(BodyLimits.maxBytes(null)).isEqualTo(10L * 1024 * 1024);
        assertThat(BodyLimits.maxBytes("text/plain")).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void anUploadMayAddItsEnvelopeToTheFileCap() {
        long cap = BodyLimits.FILE_BYTES + BodyLimits.FORM_ENVELOPE_BYTES;
        assertThat(BodyLimits.maxBytes("multipart/form-data; boundary=x")).isEqualTo(cap);
        assertThat(BodyLimits.maxBytes(" Multipart/Form-Data ;boundary=x")).isEqualTo(cap);
        assertThat(BodyLimits.maxBytes("multipart/mixed; boundary=x")).isEqualTo(BodyLimits.JSON_BYTES);
        assertThat(BodyLimits.maxBytes("multipart/form-datax")).isEqualTo(BodyLimits.JSON_BYTES);
    }
}
