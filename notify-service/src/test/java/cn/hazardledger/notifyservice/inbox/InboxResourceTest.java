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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

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
}
