package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.hazardservice.hazard.HazardFields;
import cn.hazardledger.hazardservice.hazard.HazardView;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "HazardChange", description = "一条变更 / one hazard changed since the token: CHANGED carries the hazard "
        + "as it stands now (created, updated or closed); GONE means it left your scope, drop your copy")
public record HazardChange(UUID id, Kind kind, @JsonInclude(JsonInclude.Include.NON_NULL) Object hazard) {

    public enum Kind {
        CHANGED, GONE
    }

    public static HazardChange changed(HazardView view) {
        return new HazardChange(view.id(), Kind.CHANGED, view);
    }

    /** The same change with only the selected fields of its hazard. */
    public HazardChange select(HazardFields fields, ObjectMapper json) {
        return hazard instanceof HazardView view ? new HazardChange(id, kind, fields.select(view, json)) : this;
    }

    public static HazardChange gone(UUID id) {
        return new HazardChange(id, Kind.GONE, null);
    }
}
