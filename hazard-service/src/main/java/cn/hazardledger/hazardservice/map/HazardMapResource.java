package cn.hazardledger.hazardservice.map;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardFilter;
import cn.hazardledger.hazardservice.hazard.HazardQuery;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardSort;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/hazards.geojson")
@Tag(name = "hazards")
public class HazardMapResource {

    public static final String GEO_JSON = "application/geo+json";

    @Inject
    HazardService hazards;

    @Inject
    MapConfig config;

    @GET
    @Produces({GEO_JSON, "application/json"})
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "隐患一张图 / hazards as a GIS layer",
            description = "The hazards that GET /hazards would answer with the same filters and that have a location, "
                    + "as a GeoJSON FeatureCollection (RFC 7946, WGS 84, [longitude, latitude]) with level, risk colour, "
                    + "status and overdue as properties; in the list's `sort` (newest first by default), at most maps.max-features (10,000 by default), "
                    + "`truncated` true when more matched. `bbox` narrows to the map's visible area.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = GEO_JSON,
            schema = @Schema(implementation = FeatureCollection.class)))
    public FeatureCollection layer(@BeanParam HazardQuery query,
                                   @QueryParam("bbox") @Parameter(description = "west,south,east,north in degrees",
                                           schema = @Schema(type = SchemaType.STRING, examples = "107.5,30.0,108.5,30.6")) String bbox) {
        HazardFilter filter = HazardFilter.of(query);
        BoundingBox box = BoundingBox.of(bbox);
        Parameters params = new Parameters();
        StringBuilder where = hazards.where(filter, params)
                .append(" and location.latitude is not null and location.longitude is not null");
        if (box != null) {
            box.appendTo(where, params);
        }
        HazardSort.of(query.sort).appendTo(where, params, null);
        int max = config.maxFeatures();
        List<HazardPoint> points = Hazard.find(where.toString(), params).project(HazardPoint.class).page(0, max + 1).list();
        LocalDate today = hazards.today();
        return FeatureCollection.of(points.stream().limit(max).map(p -> FeatureCollection.Feature.of(p, today)).toList(),
                points.size() > max);
    }
}
