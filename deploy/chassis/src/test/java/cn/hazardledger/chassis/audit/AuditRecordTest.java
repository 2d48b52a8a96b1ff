package cn.hazardledger.chassis.audit;

import cn.hazardledger.chassis.audit.AuditRecord.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRecordTest {

    @Test
    void templatesDropEachParametersRegexEvenWithBracesInIt() {
        assertThat(AuditRecord.template("/hazards", "/{id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}/closure"))
                .isEqualTo("/hazards/{id}/closure");
        assertThat(AuditRecord.template("/webhooks/subscriptions/{id}/deliveries", "/{deliveryId: [a-f0-9-]+}/replay"))
                .isEqualTo("/webhooks/subscriptions/{id}/deliveries/{deliveryId}/replay");
        assertThat(AuditRecord.template("hazards/", null)).isEqualTo("/hazards");
        assertThat(AuditRecord.template("/hazards", "/")).isEqualTo("/hazards");
        assertThat(AuditRecord.template("/", "audit-records")).isEqualTo("/audit-records");
    }

    @Test
    void outcomesByStatus() {
        assertThat(Outcome.of(201)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(304)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(401)).isEqualTo(Outcome.DENIED);
        assertThat(Outcome.of(403)).isEqualTo(Outcome.DENIED);
        assertThat(Outcome.of(404)).isEqualTo(Outcome.REFUSED);
        assertThat(Outcome.of(409)).isEqualTo(Outcome.REFUSED);
        assertThat(Outcome.of(503)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void writesAreTheMethodsThatChangeSomething() {
        assertThat(AuditRecord.isWrite("POST")).isTrue();
        assertThat(AuditRecord.isWrite("PUT")).isTrue();
        assertThat(AuditRecord.isWrite("PATCH")).isTrue();
        assertThat(AuditRecord.isWrite("DELETE")).isTrue();
        assertThat(AuditRecord.isWrite("GET")).isFalse();
        assertThat(AuditRecord.isWrite("HEAD")).isFalse();
        assertThat(AuditRecord.isWrite("OPTIONS")).isFalse();
    }

    @Test
    void aClientsRequestIdIsKeptOnlyWhenItIsPlain() {
        assertThat(AuditFilter.requestId("abc-123")).isEqualTo("abc-123");
        assertThat(AuditFilter.requestId("bad id\n")).hasSize(36);
        assertThat(AuditFilter.requestId("x".repeat(65))).hasSize(36);
        assertThat(AuditFilter.requestId(null)).hasSize(36);
    }
}
