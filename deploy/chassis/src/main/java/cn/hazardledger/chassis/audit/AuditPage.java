package cn.hazardledger.chassis.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditRecordPage", description = "Newest first; pass nextCursor back as cursor")
public record AuditPage(List<AuditRecord> items, String nextCursor) {
}
