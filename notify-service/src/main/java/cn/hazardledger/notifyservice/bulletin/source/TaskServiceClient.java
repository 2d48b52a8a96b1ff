package cn.hazardledger.notifyservice.bulletin.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** task-service's campaign API, as much of it as a bulletin reads (base URL: TASK_SERVICE_URL). */
@RegisterRestClient(configKey = "task-service")
@Produces(MediaType.APPLICATION_JSON)
public interface TaskServiceClient {

    @GET
    @Path("/campaigns")
    SourceViews.CampaignPage campaigns(@HeaderParam("Authorization") String bearer, @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") int limit);

    @GET
    @Path("/campaigns/{id}/tree")
    SourceViews.CampaignTree tree(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);
}
