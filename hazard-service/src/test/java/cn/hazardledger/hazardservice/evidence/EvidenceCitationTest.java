package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a ledger step gets from EvidenceService when it cites evidence by id. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class EvidenceCitationTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);

    @Inject
    EvidenceService evidence;

    @Test
    @TestTransaction
    void citedEvidenceComesBackInTheOrderGivenWithItsHash() {
        UUID hazard = hazard();
        UUID pdf = upload(hazard, "整改方案.pdf", EvidenceFiles.pdf(), "application/pdf");
        UUID photo = upload(hazard, "现场.png", EvidenceFiles.png(), "image/png");

        List<EvidenceRef> cited = evidence.cite(hazard, List.of(photo, pdf), "evidenceIds");

        assertThat(cited).extracting(EvidenceRef::id).containsExactly(photo, pdf);
        assertThat(cited.get(0).isPhoto()).isTrue();
        assertThat(cited.get(0).sha256()).isEqualTo(EvidenceFiles.sha256(EvidenceFiles.png()));
        assertThat(cited.get(1).isPhoto()).isFalse();
        assertThat(cited.get(1).kind()).isEqualTo("DOCUMENT");
        assertThat(cited.get(1).mediaType()).isEqualTo("application/pdf");
        assertThat(cited.get(1).sizeBytes()).isEqualTo(EvidenceFiles.pdf().length);
        assertThat(evidence.cite(hazard, List.of(), "evidenceIds")).isEmpty();
    }

    @Test
    void anUnknownIdOrOneOfAnotherHazardIsRefusedNamingTheField() {
        UUID hazard = hazard();
        UUID other = hazard();
        UUID mine = upload(hazard, "a.png", EvidenceFiles.png(), "image/png");
        UUID theirs = upload(other, "b.png", EvidenceFiles.png(), "image/png");
        UUID unknown = UUID.randomUUID();

        for (UUID refused : List.of(unknown, theirs)) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> evidence.cite(hazard, List.of(mine, refused), "rectification.evidenceIds"));
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("rectification.evidenceIds");
                assertThat(error.reason()).contains(refused.toString());
            });
        }
        ProblemException twice = catchThrowableOfType(ProblemException.class,
                () -> evidence.cite(hazard, List.of(mine, mine), "evidenceIds"));
        assertThat(twice.problem().errors().get(0).reason()).contains("more than once");
    }

    @Test
    @TestTransaction
    void markingCitedRecordsTheFirstEntryThatCitesIt() {
        UUID hazard = hazard();
        UUID photo = upload(hazard, "a.png", EvidenceFiles.png(), "image/png");
        evidence.markCited(List.of(photo), 2);
        evidence.markCited(List.of(photo), 5);
        assertThat(Evidence.<Evidence>findById(photo).entrySequence).isEqualTo(2);
    }

    private static UUID hazard() {
        return UUID.fromString(given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "有限空间作业未审批")).post("/hazards")
                .then().statusCode(201).extract().path("id"));
    }

    private static UUID upload(UUID hazard, String name, byte[] bytes, String type) {
        return UUID.fromString(given().auth().oauth2(INSPECTOR).multiPart("file", name, bytes, type)
                .post("/hazards/" + hazard + "/evidence").then().statusCode(201).extract().path("id"));
    }
}
