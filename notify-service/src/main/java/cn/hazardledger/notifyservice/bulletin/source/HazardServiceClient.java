package cn.hazardledger.notifyservice.bulletin.source;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** hazard-service's public API, as much of it as a bulletin reads (base URL: HAZARD_SERVICE_URL). */
@RegisterRestClient(configKey = "hazard-service")
@Produces(MediaType.APPLICATION_JSON)
public interface HazardServiceClient {

    @GET
    @Path("/statistics")
    SourceViews.Statistics statistics(@HeaderParam("Authorization") String bearer, @QueryParam("region") String region,
                                      @QueryParam("from") String from, @QueryParam("to") String to);

    /** Null parameters are left out of the query. */
    @GET
    @Path("/hazards")
    SourceViews.HazardPage hazards(@HeaderParam("Authorization") String bearer, @QueryParam("region") String region,
                                   @QueryParam("overdue") String overdue, @QueryParam("listed") String listed,
                                   @QueryParam("reportedFrom") String reportedFrom,
                                   @QueryParam("reportedTo") String reportedTo, @QueryParam("sort") String sort,
                                   @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
