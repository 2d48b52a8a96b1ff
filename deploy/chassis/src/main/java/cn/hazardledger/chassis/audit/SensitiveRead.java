package cn.hazardledger.chassis.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that the audit trail records although it changes nothing (等保 2.0: access to sensitive data is
 * audited): a ledger export, a bulletin's documents, the trail itself. The value names the action in the record,
 * e.g. {@code ledger.export}. A read that is sensitive only sometimes calls {@link AuditTrail#sensitiveRead} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SensitiveRead {
    String value();
}
