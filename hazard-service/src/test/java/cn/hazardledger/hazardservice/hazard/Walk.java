package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.testsupport.ProducerSchemas;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Walks a hazard through its steps as a phone does: each step sends the ETag it last read as If-Match and
 * keeps the new one. For the REST tests of the lifecycle.
 */
public final class Walk {

    public final String id;
    private String etag;

    private Walk(String id, String etag) {
        this.id = id;
        this.etag = etag;
    }

    public static Walk report(String token, Map<String, Object> body) {
        var r = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/hazards")
                .then().statusCode(201).extract();
        return new Walk(r.path("id"), r.header("ETag"));
    }

    /** Takes a step and expects {@code status}; a 200 moves the ETag on. */
    public ValidatableResponse step(String token, String path, Object body, int status) {
        var response = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .post("/hazards/" + id + path);
        ValidatableResponse then = response.then().statusCode(status);
        if (status == 200) {
            etag = response.header("ETag");
        }
        return then;
    }

    public String etag() {
        return etag;
    }

    /** Uploads a small real JPEG as evidence of this hazard and answers its id. */
    public String uploadPhoto(String token) {
        return given().auth().oauth2(token).multiPart("file", "fix.jpg", jpeg(), "image/jpeg")
                .post("/hazards/" + id + "/evidence").then().statusCode(201).extract().path("id");
    }

    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * The events this hazard's steps wrote to the outbox, in order, each checked against the producer's schema:
     * a payload that breaks its contract fails the test here.
     */
    @SuppressWarnings("unchecked")
    public List<String> events(EntityManager em) {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT type, payload FROM outbox_event WHERE aggregate_id = ?1 ORDER BY seq").setParameter(1, id)
                .getResultList();
        return rows.stream().map(r -> {
            ProducerSchemas.valid((String) r[0], (String) r[1]);
            return (String) r[0];
        }).toList();
    }

    public static Map<String, Object> plan(String deadline) {
        return Map.of("responsible", Map.of("name", "张建国", "post", "安全主管", "phone", "13800000000"),
                "measures", "更换为带熄火保护的灶具，钢瓶移至独立气瓶间并安装可燃气体报警器",
                "funds", Map.of("amountYuan", 3500.00, "source", "企业自筹"), "deadline", deadline,
                "contingencyPlan", Map.of("text", "整改期间停用后厨燃气，配置灭火器2具，专人值守"));
    }
}
