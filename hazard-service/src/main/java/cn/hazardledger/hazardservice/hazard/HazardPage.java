package cn.hazardledger.hazardservice.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HazardPage", description = "One page of hazards; pass nextCursor back as cursor for the next one")
public record HazardPage(List<HazardView> items, String nextCursor) {
}
