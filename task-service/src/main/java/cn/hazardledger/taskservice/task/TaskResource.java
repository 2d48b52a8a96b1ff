package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.chassis.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "任务")
@RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "任务列表 / tasks in your region", description = "Newest first, cursor-paginated. "
            + "A township sees its own tasks and its villages'; a county sees all of its townships'.")
    public TaskPage list(@QueryParam("status") @Parameter(schema = @Schema(implementation = TaskStatus.class)) String status,
                         @QueryParam("hazardId") @Parameter(description = "only the tasks of this hazard",
                                 schema = @Schema(type = SchemaType.STRING, format = "uuid")) String hazardId,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return tasks.list(QueryParams.enumValue(TaskStatus.class, status, "status"),
                QueryParams.uuid(hazardId, "hazardId"), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "查看任务 / read a task", description = "Answers 404 for ids outside your region.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Task task = tasks.findVisible(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such task in your region"));
        EntityTag tag = new EntityTag(Long.toString(task.version));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(TaskView.of(task, Instant.now(clock))).tag(tag).build();
    }
}
