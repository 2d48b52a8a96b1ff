package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class InboxResourceTest {

    /** A township of its own, so that other test classes' notifications stay out of these inboxes. */
    private static final String TOWNSHIP = "500240216000";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eachReaderMarksTheirOwnCopyReadAndPagesThroughTheInbox() {
        List<String> tasks = new ArrayList<>();
        for (String title : List.of("一", "二", "三")) {
            String taskId = Events.id();
            tasks.add(taskId);
            TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(),
                    Events.taskCreated(taskId, "核实隐患：" + title, TOWNSHIP, "TOWNSHIP"));
        }
        String clerk = token("TOWNSHIP", TOWNSHIP, "clerk-a");
        String colleague = token("TOWNSHIP", TOWNSHIP, "clerk-b");
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(clerk).get("/inbox")
                .then().extract().<Integer>path("unreadCount") == 3);

        var page1 = given().auth().oauth2(clerk).queryParam("limit", 2).get("/inbox")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue()).extract();
        var page2 = given().auth().oauth2(clerk).queryParam("limit", 2)
                .queryParam("cursor", page1.<String>path("nextCursor")).get("/inbox")
                .then().statusCode(200).body("items", hasSize(1)).extract();
        List<String> subjects = new ArrayList<>(page1.<List<String>>path("items.subjectId"));
        subjects.addAll(page2.path("items.subjectId"));
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(tasks);

        String id = page2.path("items[0].id");
        String readAt = given().auth().oauth2(clerk).post("/inbox/" + id + "/read")
                .then().statusCode(200).body("read", equalTo(true)).body("readAt", notNullValue())
                .extract().path("readAt");
        given().auth().oauth2(clerk).post("/inbox/" + id + "/read")
                .then().statusCode(200).body("readAt", equalTo(readAt));
        for (String replayed : List.of("false", "true")) {
            given().auth().oauth2(clerk).header("Idempotency-Key", "read-" + id).post("/inbox/" + id + "/read")
                    .then().statusCode(200).header("Idempotent-Replayed", replayed).body("readAt", equalTo(readAt));
        }
        given().auth().oauth2(clerk).get("/inbox").then().body("unreadCount", equalTo(2));
        given().auth().oauth2(clerk).queryParam("unread", true).get("/inbox")
                .then().body("items", hasSize(2)).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().auth().oauth2(colleague).get("/inbox/" + id).then().statusCode(200).body("read", equalTo(false));
        given().auth().oauth2(colleague).get("/inbox").then().body("unreadCount", equalTo(3));
    }

    @Test
    void aNotificationOutsideTheCallersInboxDoesNotExistForThem() {
        String ownTownship = "500240217000";
        String taskId = Events.id();
        TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(),
                Events.taskCreated(taskId, "核实隐患：别人的", ownTownship, "TOWNSHIP"));
        String owner = token("TOWNSHIP", ownTownship);
        String id = await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(owner)
                .queryParam("limit", 100).get("/inbox").then().extract().<List<java.util.Map<String, Object>>>path("items")
                .stream().filter(i -> taskId.equals(i.get("subjectId"))).map(i -> (String) i.get("id")).findFirst()
                .orElse(null), v -> v != null);

        given().auth().oauth2(token("TOWNSHIP", "500240213000")).post("/inbox/" + id + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("UNIT", ownTownship)).get("/inbox/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(owner).get("/inbox/" + id).then().statusCode(200).body("read", equalTo(false));
    }

    @Test
    void badRequestsAreProblems() {
        String clerk = token("TOWNSHIP", TOWNSHIP);
        given().get("/inbox").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("PUBLIC", TOWNSHIP)).get("/inbox")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(clerk).queryParam("limit", 101).get("/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(clerk).queryParam("cursor", "%%%").get("/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(clerk).queryParam("unread", "yes").get("/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("unread"));
        given().auth().oauth2(clerk).post("/inbox/" + Events.id() + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(clerk).delete("/inbox")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unreadComesFirstThenWhatWasReadAndFiltersNarrowIt() {
        String township = "500240221000";
        List<String> tasks = new ArrayList<>();
        String clerk = token("TOWNSHIP", township, "clerk-221");
        for (String title : List.of("甲", "乙", "丙")) {
            String taskId = Events.id();
            tasks.add(taskId);
            TestEvents.send(bootstrap, "task.events", taskId, "task.created.v1", Events.id(),
                    Events.taskCreated(taskId, "核实隐患：" + title, township, "TOWNSHIP"));
            // one at a time, so that their order is their creation's
            await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(clerk).get("/inbox")
                    .then().extract().<Integer>path("unreadCount") == tasks.size());
        }
        String middle = given().auth().oauth2(clerk).queryParam("subjectId", tasks.get(1)).get("/inbox")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(clerk).post("/inbox/" + middle + "/read").then().statusCode(200);

        var first = given().auth().oauth2(clerk).queryParam("limit", 2).get("/inbox").then().statusCode(200)
                .body("items.subjectId", contains(tasks.get(2), tasks.get(0))).body("items.read", contains(false, false))
                .extract();
        given().auth().oauth2(clerk).queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/inbox").then().statusCode(200).body("items.subjectId", contains(tasks.get(1)))
                .body("nextCursor", nullValue());
        given().auth().oauth2(clerk).queryParam("order", "newest").get("/inbox").then().statusCode(200)
                .body("items.subjectId", contains(tasks.get(2), tasks.get(1), tasks.get(0)));
        // a cursor of one order does not page another
        given().auth().oauth2(clerk).queryParam("order", "newest").queryParam("cursor", first.<String>path("nextCursor"))
                .get("/inbox").then().statusCode(400).body("errors[0].field", equalTo("cursor"));

        given().auth().oauth2(clerk).queryParam("kind", "TASK_ASSIGNED,OVERDUE").queryParam("subjectType", "task")
                .queryParam("acknowledged", false).get("/inbox").then().statusCode(200).body("items", hasSize(3));
        given().auth().oauth2(clerk).queryParam("kind", "DUAL_REPORT").get("/inbox").then().body("items", hasSize(0));
        given().auth().oauth2(clerk).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31").get("/inbox")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(clerk).queryParam("kind", "BOGUS").get("/inbox").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(clerk).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get("/inbox")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(clerk).queryParam("order", "oldest").get("/inbox").then().statusCode(400)
                .body("errors[0].field", equalTo("order"));
        given().auth().oauth2(clerk).queryParam("subjectType", "whistleblower").get("/inbox").then().statusCode(400)
                .body("errors[0].field", equalTo("subjectType"));

        // acknowledged for the side: a colleague sees it acknowledged, yet still unread for themselves
        given().auth().oauth2(clerk).contentType("text/plain").body("收到").post("/inbox/" + middle + "/acknowledge")
                .then().statusCode(415);
        given().auth().oauth2(clerk).contentType("application/jsonx").body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/inbox/" + middle + "/acknowledge").then().statusCode(415);
        given().auth().oauth2(clerk).contentType("application/json").body("{\"note\":\"" + "长".repeat(501) + "\"}")
                .post("/inbox/" + middle + "/acknowledge").then().statusCode(400).body("errors[0].field", equalTo("note"));
        given().auth().oauth2(clerk).contentType("application/json").body("{\"note\":1}")
                .post("/inbox/" + middle + "/acknowledge").then().statusCode(400);
        given().auth().oauth2(clerk).header("Idempotency-Key", "ack-" + middle).post("/inbox/" + middle + "/acknowledge")
                .then().statusCode(200).body("acknowledgement.by", equalTo("clerk-221"));
        String colleague = token("TOWNSHIP", township, "clerk-221b");
        given().auth().oauth2(colleague).get("/inbox/" + middle).then().statusCode(200)
                .body("read", equalTo(false)).body("acknowledgement.by", equalTo("clerk-221"));
        given().auth().oauth2(colleague).queryParam("acknowledged", true).get("/inbox").then()
                .body("items.id", contains(middle));
    }

    @Test
    void aLeadLeaderReadsWhatIsAddressedToTheirNameInTheirRegionOnly() {
        String township = "500240222000";
        String campaign = Events.id();
        String taskId = Events.id();
        TestEvents.send(bootstrap, "task.events", campaign, "campaign.progress-reported.v1", Events.id(),
                Events.progressReported(campaign, taskId, "开展燃气排查", township, "[\"肖永富\"]", "[\"应急办\"]"));
        String leader = token("LEADER", township, "leader-222", java.util.Map.of("name", "肖永富"));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(leader).queryParam("subjectId", taskId)
                .get("/inbox").then().extract().<List<Object>>path("items").size() == 1);
        given().auth().oauth2(token("LEADER", township, "leader-x", java.util.Map.of("name", "张三")))
                .queryParam("subjectId", taskId).get("/inbox").then().body("items", hasSize(0));
        given().auth().oauth2(token("LEADER", "500240223000", "leader-y", java.util.Map.of("name", "肖永富")))
                .queryParam("subjectId", taskId).get("/inbox").then().body("items", hasSize(0));
        given().auth().oauth2(token("UNIT", township, "unit-x", java.util.Map.of("unit_name", "肖永富")))
                .queryParam("subjectId", taskId).get("/inbox").then().body("items", hasSize(0));
    }

    @Test
    void theAcknowledgementsOptionalBodyIsDocumentedAsAnObject() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/inbox/{id}/acknowledge'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AcknowledgeRequest"))
                .body("paths.'/inbox/{id}/acknowledge'.post.requestBody.required", org.hamcrest.Matchers.not(true));
    }
}
