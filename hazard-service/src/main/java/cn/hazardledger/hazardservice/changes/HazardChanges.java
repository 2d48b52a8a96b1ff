package cn.hazardledger.hazardservice.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HazardChanges", description = "变更页 / changes after the token, oldest first; keep `next` and send it as "
        + "`since`; `more` says another page is waiting now")
public record HazardChanges(List<HazardChange> changes, String next, boolean more) {
}
