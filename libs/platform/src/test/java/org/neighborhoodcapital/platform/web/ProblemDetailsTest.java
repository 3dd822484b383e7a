package org.neighborhoodcapital.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.platform.testapp.ProblemTestController;
import org.neighborhoodcapital.platform.testapp.ValidatedCenters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every kind of bad request comes back as problem+json naming the field at fault. */
@WebMvcTest
@ContextConfiguration(classes = {ProblemTestController.class, ValidatedCenters.class})
class ProblemDetailsTest {

    private static final String VALID_EVENT = """
            {"title":"Tea party","format":"TEA_PARTY","startsAt":"2025-03-01T18:00:00Z","capacity":20,
             "organizer":{"kind":"RESIDENT","participantId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10"}}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aValidRequestGetsInstantsBackAsIso8601Strings() throws Exception {
        postJson("/test/events", VALID_EVENT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startsAt").value("2025-03-01T18:00:00Z"))
                .andExpect(jsonPath("$.initiative").doesNotHaveJsonPath());
    }

    @Test
    void anUnknownNestedEnumValueNamesItsPathAndTheAllowedValues() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("\"RESIDENT\"", "\"BOSS\"")), 400, "organizer.kind")
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("'BOSS'"), containsString("STAFF"),
                        containsString("RESIDENT"))));
    }

    @Test
    void anUnknownFormatNamesTheFormatField() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("TEA_PARTY", "RAVE")), 400, "format")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("TEA_PARTY")));
    }

    @Test
    void aMalformedUuidInTheBodyNamesItsPath() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10", "nobody")), 400,
                "organizer.participantId")
                .andExpect(jsonPath("$.errors[0].message").value("'nobody' is not a UUID"));
    }

    @Test
    void aTimeThatIsNotIso8601NamesItsField() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("2025-03-01T18:00:00Z", "tomorrow")), 400, "startsAt")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ISO-8601")));
    }

    @Test
    void aStringWhereANumberBelongsNamesTheField() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("\"capacity\":20", "\"capacity\":\"many\"")), 400, "capacity")
                .andExpect(jsonPath("$.errors[0].message").value("'many' is not a whole number"));
    }

    @Test
    void aMissingNumberIsRequired() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("\"capacity\":20,", "")), 400, "capacity")
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void anObjectWhereAStringBelongsNamesTheField() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("\"Tea party\"", "{}")), 400, "title")
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong type: expected a string"));
    }

    @Test
    void constraintViolationsListEveryFieldSortedByName() throws Exception {
        problem(postJson("/test/events", VALID_EVENT.replace("Tea party", " ").replace("\"capacity\":20", "\"capacity\":0")
                .replace("\"kind\":\"RESIDENT\",", "")), 400, "capacity")
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("organizer.kind"))
                .andExpect(jsonPath("$.errors[2].field").value("title"))
                .andExpect(jsonPath("$.detail").value(startsWith("capacity: ")));
    }

    @Test
    void aRecordThatRejectsItsValuesNamesTheObjectAndGivesItsReason() throws Exception {
        problem(postJson("/test/centers", """
                {"name":"Center","operatingBudget":{"amountMinor":-5,"currency":"RUB"}}"""), 400, "operatingBudget")
                .andExpect(jsonPath("$.errors[0].message").value("amountMinor must not be negative"));
    }

    @Test
    void aServiceRejectingAnArgumentsPropertyNamesTheProperty() throws Exception {
        problem(postJson("/test/validated-centers", "{\"name\":\" \"}"), 400, "name")
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void aServiceRejectingAPlainArgumentNamesTheParameter() throws Exception {
        problem(mvc.perform(post("/test/validated-centers/rename").param("to", " ")), 400, "newName");
    }

    @Test
    void bodyThatIsNotJsonIsReportedOnTheBody() throws Exception {
        problem(postJson("/test/events", "{not json"), 400, "body")
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("is not valid JSON")));
    }

    @Test
    void aMissingBodyIsReportedOnTheBody() throws Exception {
        problem(postJson("/test/events", ""), 400, "body")
                .andExpect(jsonPath("$.errors[0].message").value("is missing"));
    }

    @Test
    void aMalformedUuidInThePathNamesTheParameter() throws Exception {
        problem(mvc.perform(get("/test/events/not-a-uuid")), 400, "eventId")
                .andExpect(jsonPath("$.errors[0].message").value("'not-a-uuid' is not a UUID"));
    }

    @Test
    void aProblemExceptionKeepsItsStatusAndField() throws Exception {
        problem(mvc.perform(get("/test/events/0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10")), 404, "eventId")
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.instance").value("/test/events/0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10"));
    }

    @Test
    void aQueryParameterOutOfRangeNamesTheParameter() throws Exception {
        problem(mvc.perform(get("/test/events").param("limit", "1000")), 400, "limit");
    }

    @Test
    void aMissingQueryParameterNamesTheParameter() throws Exception {
        problem(mvc.perform(get("/test/events")), 400, "limit")
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void anInvalidElementOfAnArrayBodyGivesItsLineAndField() throws Exception {
        problem(postJson("/test/check-ins", """
                [{"eventId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10","participantId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a11"},
                 {"eventId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10"}]"""), 400, "participantId")
                .andExpect(jsonPath("$.errors[0].line").value(2));
    }

    @Test
    void anUnreadableElementOfAnArrayBodyGivesItsLineAndField() throws Exception {
        problem(postJson("/test/check-ins", """
                [{"eventId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10","participantId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a11"},
                 {"eventId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a10","participantId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a11"},
                 {"eventId":"x","participantId":"0b7e7a52-4c2f-4b7e-9d55-7f4f3b1f2a11"}]"""), 400, "eventId")
                .andExpect(jsonPath("$.errors[0].line").value(3));
    }

    @Test
    void eachKindOfDomainRefusalGetsItsStatusAndNamesTheField() throws Exception {
        for (var expected : Map.of("INVALID", 400, "NOT_FOUND", 404, "CONFLICT", 409, "GONE", 410,
                "UNPROCESSABLE", 422).entrySet()) {
            problem(mvc.perform(get("/test/refusals/" + expected.getKey())), expected.getValue(), "centerId")
                    .andExpect(jsonPath("$.detail").value("centerId: refused as " + expected.getKey()))
                    .andExpect(jsonPath("$.errors[0].message").value("refused as " + expected.getKey()))
                    .andExpect(jsonPath("$.errors[0].line").doesNotHaveJsonPath());
        }
    }

    @Test
    void aDomainRefusalOfABatchListsEveryLine() throws Exception {
        problem(mvc.perform(post("/test/refusals/batch")), 422, "eventId")
                .andExpect(jsonPath("$.detail").value("2 problems, first line 2: eventId: no such event"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[1].field").value("participantId"))
                .andExpect(jsonPath("$.errors[1].line").value(5));
    }

    @Test
    void aDomainRefusalListsAtMostAHundredItemsButCountsThemAll() {
        var violations = IntStream.rangeClosed(1, 150)
                .mapToObj(line -> Violation.atLine(line, "eventId", "is required")).toList();

        ProblemException problem = DomainProblems.of(HttpStatus.CONTENT_TOO_LARGE, violations);

        assertThat(problem.errors()).hasSize(DomainProblems.MAX_LISTED);
        assertThat(problem.getMessage())
                .isEqualTo("150 problems (first 100 listed), first line 1: eventId: is required");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        mvc.perform(get("/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnexpectedErrorIsAnInternalProblemWithoutInternals() throws Exception {
        mvc.perform(get("/test/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(content().string(not(containsString("secret internals"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions problem(ResultActions result, int status, String field) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString(field)));
    }
}
