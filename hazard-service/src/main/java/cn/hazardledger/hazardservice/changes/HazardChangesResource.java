package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.hazardservice.hazard.HazardFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/hazards/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hazards")
public class HazardChangesResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    ChangeFeed feed;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "离线同步 / changes since a token",
            description = "Every hazard of your scope created, updated or closed since `since`, oldest change first, "
                    + "each once with its state now, and the hazards that left your scope (GONE). Without `since` it "
                    + "starts from the beginning. Keep calling with `next` while `more` is true; a phone offline for a "
                    + "week catches up in a few pages and misses nothing written meanwhile. `fields` as in GET /hazards.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardChanges.class)))
    public HazardChanges changes(
            @QueryParam("since") @Parameter(description = "the `next` of your previous call") String since,
            @QueryParam("limit") @Parameter(description = "changes per page, 1 to 500 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) String limit,
            @QueryParam("fields") @Parameter(description = "comma-separated properties of a hazard to answer (id always)")
            String fields) {
        HazardFields selection = HazardFields.of(fields);
        HazardChanges page = feed.after(ChangeToken.decode(since), limit(limit));
        if (selection == null) {
            return page;
        }
        return new HazardChanges(page.changes().stream().map(c -> c.select(selection, json)).toList(), page.next(),
                page.more());
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String text = value.trim();
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(text);
    }
}
