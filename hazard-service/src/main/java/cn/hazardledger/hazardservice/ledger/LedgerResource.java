package cn.hazardledger.hazardservice.ledger;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

// the same root as HazardResource, so that the framework sees one tree of /hazards paths: a wrong method on
// a ledger path is then a 405 with Allow, not a 404 from a second root
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hazards", description = "隐患台账")
public class LedgerResource {

    @Inject
    HazardService hazards;

    @GET
    @Path("/{id}/ledger/verify")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "核验台账 / verify the ledger", description = "Recomputes the hash chain of the hazard's "
            + "ledger: intact, or the first entry where it breaks (an entry changed, removed or reordered behind the "
            + "service's back) and why.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LedgerVerification.class)))
    public LedgerVerification verify(@PathParam("id") UUID id) {
        Hazard hazard = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        List<LedgerChain.Link> links = HazardEntry.<HazardEntry>find("hazardId = ?1 order by sequence", hazard.id)
                .stream().map(HazardEntry::link).toList();
        return LedgerVerification.of(LedgerChain.verify(links, hazard.ledgerHead));
    }
}
