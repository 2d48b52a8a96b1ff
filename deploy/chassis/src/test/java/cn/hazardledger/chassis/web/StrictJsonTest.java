package cn.hazardledger.chassis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the strict reader refuses, and the problem each refusal becomes. */
class StrictJsonTest {

    enum Level { GENERAL, MAJOR }

    record Place(String address, BigDecimal latitude) {
    }

    record Report(String title, Level level, Integer count, Boolean urgent, Place place, List<String> tags,
                  OffsetDateTime discoveredAt, LocalDate deadline, UUID documentId) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        // java.time as Quarkus reads it: its module is registered before the customizers run
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void wellFormedJsonIsReadAsWritten() throws Exception {
        Report r = mapper.readValue("""
                {"title":"液化气钢瓶 🔥\\t后厨","level":"MAJOR","count":2,"urgent":true,
                 "place":{"address":"主街","latitude":30.5},"tags":["燃气"]}""", Report.class);
        assertThat(r.title()).isEqualTo("液化气钢瓶 🔥\t后厨");
        assertThat(r.level()).isEqualTo(Level.MAJOR);
        assertThat(r.place().latitude()).isEqualByComparingTo("30.5");
    }

    @Test
    void datesAndTimesAreIsoText() throws Exception {
        Report r = mapper.readValue("{\"discoveredAt\":\"2026-11-24T09:41:07+08:00\",\"deadline\":\"2026-12-31\"}",
                Report.class);
        assertThat(r.discoveredAt()).isEqualTo(OffsetDateTime.parse("2026-11-24T09:41:07+08:00"));
        assertThat(r.deadline()).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void aNumberAnEmptyStringOrPaddedTextIsNoDateOrTime() {
        // each of these Jackson's java.time readers took: seconds since 1970, none, a trimmed date, an array
        for (String value : new String[] {"318", "318.5", "\"1700000000\"", "\"\"", "\" 2026-11-24T09:41:07+08:00\"",
                "\"2026-11-24T09:41:07+08:00\\u0000\"", "[2026,11,24,9,41,7]", "true"}) {
            assertThat(problem("{\"discoveredAt\":" + value + "}")).as(value)
                    .isEqualTo(field("discoveredAt", "must be a date or time as ISO 8601 text"));
        }
        for (String value : new String[] {"20261231", "\"2026-12-31\\u0000\"", "\"\"", "\"2026-12-31 \"", "[2026,12,31]"}) {
            assertThat(problem("{\"deadline\":" + value + "}")).as(value)
                    .isEqualTo(field("deadline", "must be a date or time as ISO 8601 text"));
        }
    }

    @Test
    void aYearOutsideFourDigitsIsRefusedBeforeTheDatabaseCannotStoreIt() {
        for (String value : new String[] {"-999999999-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z"}) {
            assertThat(problem("{\"discoveredAt\":\"" + value + "\"}")).as(value)
                    .isEqualTo(field("discoveredAt", "must be a date or time as ISO 8601 text"));
        }
        assertThat(problem("{\"deadline\":\"+999999999-12-31\"}"))
                .isEqualTo(field("deadline", "must be a date or time as ISO 8601 text"));
    }

    @Test
    void anIdIsItsUuidTextExactly() throws Exception {
        String id = "7b0e3c52-1f7a-4d55-9a3e-0c6f1d2b9e80";
        assertThat(mapper.readValue("{\"documentId\":\"" + id + "\"}", Report.class).documentId()).isEqualTo(UUID.fromString(id));
        // "" and blank were read as no id (an optional reference then silently dropped); padding was trimmed away
        for (String value : new String[] {"\"\"", "\"  \"", "\" " + id + "\"", "\"" + id + "\\u0000\"", "\"x\"", "1"}) {
            assertThat(problem("{\"documentId\":" + value + "}").errors()).as(value).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("documentId"));
        }
    }

    @Test
    void aNumberIsNotALevel() {
        assertThat(problem("{\"level\":1}")).isEqualTo(field("level", "must be one of GENERAL, MAJOR"));
    }

    @Test
    void anEnumIsItsExactName() {
        for (String level : new String[] {" MAJOR", "MAJOR ", "MAJOR\\u0000", "major", ""}) {
            assertThat(problem("{\"level\":\"" + level + "\"}")).as(level)
                    .isEqualTo(field("level", "must be one of GENERAL, MAJOR"));
        }
    }

    @Test
    void numbersAndBooleansAreNotText() {
        assertThat(problem("{\"title\":123}")).isEqualTo(field("title", "must be text (a JSON string)"));
        assertThat(problem("{\"title\":true}")).isEqualTo(field("title", "must be text (a JSON string)"));
        assertThat(problem("{\"place\":{\"address\":1.5}}")).isEqualTo(field("place.address", "must be text (a JSON string)"));
    }

    @Test
    void textIsNotANumberOrAFlag() {
        assertThat(problem("{\"count\":\"2\"}")).isEqualTo(field("count", "must be a whole number"));
        assertThat(problem("{\"count\":2.5}")).isEqualTo(field("count", "must be a whole number"));
        assertThat(problem("{\"urgent\":\"true\"}")).isEqualTo(field("urgent", "must be true or false"));
        assertThat(problem("{\"urgent\":1}")).isEqualTo(field("urgent", "must be true or false"));
        assertThat(problem("{\"place\":\"主街\"}")).isEqualTo(field("place", "must be an object"));
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertThat(problem("{\"title\":\"a\\u0000b\"}")).isEqualTo(field("title", "holds a control character"));
        assertThat(problem("{\"tags\":[\"ok\",\"\\u001b[31m\"]}")).isEqualTo(field("tags[1]", "holds a control character"));
        assertThat(problem("{\"title\":\"\\ud800\"}")).isEqualTo(field("title", "holds a broken surrogate pair"));
        assertThat(problem("{\"title\":\"\\udc00x\"}")).isEqualTo(field("title", "holds a broken surrogate pair"));
    }

    @Test
    void aNumberOfThousandsOfDigitsIsReadSoThatItsFieldCanJudgeIt() throws Exception {
        String digits = "1" + "0".repeat(1200);
        assertThat(mapper.readValue("{\"place\":{\"latitude\":" + digits + "}}", Report.class).place().latitude())
                .isEqualByComparingTo(digits);
        assertThat(problem("{\"place\":{\"latitude\":1" + "0".repeat(StrictJson.MAX_NUMBER_LENGTH) + "}}").type())
                .endsWith("/malformed-request");
    }

    @Test
    void aKeyGivenTwiceIsNamed() {
        assertThat(problem("{\"title\":\"a\",\"title\":\"b\"}")).isEqualTo(field("title", "is given more than once"));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThat(problem("{\"title\":\"a\",\"status\":\"CLOSED\"}"))
                .isEqualTo(field("status", "is not a field of this request (misspelt, or set by the server)"));
    }

    @Test
    void anythingAfterTheDocumentOrBrokenJsonIsMalformed() {
        for (String body : new String[] {"{\"title\":\"a\"} {}", "{\"title\":\"a\"}x", "{\"title\":", "{'title':'a'}",
                "{\"title\":\"a\",}", "[" .repeat(5000) + "]".repeat(5000)}) {
            Problem p = problem(body);
            assertThat(p.type()).as(body.length() > 40 ? body.substring(0, 40) : body).endsWith("/malformed-request");
            assertThat(p.detail()).doesNotContain("java").doesNotContain("Exception").doesNotContain("jackson");
        }
    }

    private Problem problem(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue(json, Report.class));
        assertThat(e).as(json).isNotNull();
        return JsonProblems.of(e);
    }

    private static Problem field(String field, String reason) {
        return Problem.invalid(field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }
}
