package cn.hazardledger.notifyservice.dualreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DualReportPage", description = "One page of dual reports, newest first; pass nextCursor back as cursor")
public record DualReportPage(List<DualReportView> items, String nextCursor) {
}
