package org.neighborhoodcapital.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.reporting.NetworkFacts.aCenter;
import static org.neighborhoodcapital.reporting.NetworkFacts.aResidentLedEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.aStaffEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.anInitiative;
import static org.neighborhoodcapital.reporting.NetworkFacts.checkIn;
import static org.neighborhoodcapital.reporting.NetworkFacts.joined;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.reporting.ImpactReportClosed;
import org.neighborhoodcapital.testsupport.Published;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports, closing a year, access and audit of the report endpoints, end to end: facts published straight to the
 * topics, reports read over HTTP with real tokens, each export read back with the library an analyst would use
 * (commons-csv, Apache POI, PDFBox). Each test works in a year and with centers of its own. Run as a {@code @Nested}
 * class of {@link ImpactReportIT}, on its application context (one context, one consumer group for both).
 */
abstract class ReportExportsAndClosingScenarios {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FactPublisher publisher = new FactPublisher(TestInfrastructure.kafkaBootstrapServers());
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    /** Two centers in 2071: ex-north 3 events (one resident-led) with 9 check-ins, ex-south 2 events with 3. */
    @Test
    void everyExportFormatHoldsTheFiguresOfTheJsonPerCenterAndNetwork() throws Exception {
        int year = 2071;
        publishActivity(year, "ex-north", "ex-south");
        JsonNode report = awaitImpact(year, r -> r.get("network").get("attendances").asLong() == 12);
        assertThat(report.get("status").asString()).isEqualTo("open");

        // CSV, by parameter
        HttpResponse<byte[]> csvAnswer = get("/api/reports/impact/" + year + "?format=csv", null, TestTokens.analyst());
        assertThat(csvAnswer.statusCode()).isEqualTo(200);
        assertThat(csvAnswer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csvAnswer.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("impact-report-" + year + "-live.csv");
        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csvAnswer.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(csv.getFirst().getParser().getHeaderNames())
                .containsExactly("section", "centerId", "dimension", "group", "metric", "value", "n", "suppressed");

        // XLSX, by Accept header
        HttpResponse<byte[]> xlsxAnswer = get("/api/reports/impact/" + year, XLSX, TestTokens.analyst());
        assertThat(xlsxAnswer.statusCode()).isEqualTo(200);
        assertThat(xlsxAnswer.headers().firstValue("Content-Disposition").orElseThrow()).contains("impact-report-" + year + "-live.xlsx");
        // PDF, by Accept header
        HttpResponse<byte[]> pdfAnswer = get("/api/reports/impact/" + year, "application/pdf", TestTokens.networkAdmin());
        assertThat(pdfAnswer.statusCode()).isEqualTo(200);
        assertThat(pdfAnswer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        String pdf = pdfText(pdfAnswer.body());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxAnswer.body()))) {
            Sheet activity = workbook.getSheet("activity");
            assertThat(activity).isNotNull();
            assertThat(workbook.getSheet("initiatives")).isNotNull();
            assertThat(workbook.getSheet("funnel")).isNotNull();
            List<JsonNode> scopes = new ArrayList<>();
            scopes.add(report.get("network"));
            report.get("centers").forEach(scopes::add);
            for (JsonNode scope : scopes) {
                String center = scope.has("centerId") ? scope.get("centerId").asString() : "";
                for (String metric : List.of("eventsHeld", "residentLedEvents", "attendances", "uniqueParticipants",
                        "returningParticipants", "newParticipants")) {
                    long expected = scope.get(metric).asLong();
                    assertThat(csvValue(csv, "activity", center, "", metric)).as(center + " " + metric).isEqualTo(Long.toString(expected));
                    Row row = xlsxRow(activity, center, "", metric);
                    assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(4).getNumericCellValue()).as(center + " " + metric).isEqualTo((double) expected);
                }
                long sharing = scope.get("initiativesLaunched").get("SHARING").asLong();
                assertThat(csvValue(csv, "initiatives", center, "SHARING", "initiativesLaunched")).isEqualTo(Long.toString(sharing));
                assertThat(xlsxRow(workbook.getSheet("initiatives"), center, "SHARING", "initiativesLaunched")
                        .getCell(4).getNumericCellValue()).isEqualTo((double) sharing);
                String label = center.isEmpty() ? "network" : center;
                String activityLine = String.join(" ", label, scope.get("eventsHeld").asString(), scope.get("residentLedEvents").asString(),
                        scope.get("attendances").asString(), scope.get("uniqueParticipants").asString(),
                        scope.get("returningParticipants").asString(), scope.get("newParticipants").asString());
                assertThat(pdf.lines().map(String::strip)).as("PDF activity of " + label).anyMatch(line -> line.startsWith(activityLine));
            }
        }
        assertThat(report.get("network").get("attendances").asLong()).isEqualTo(12);
        assertThat(pdf).contains("Definitions", "Distinct (event, participant) check-ins at events held in Y");
    }

    /**
     * A cohort of 2072 in three home centers: px-big-a 8, px-big-b 6, px-small 2 participants, each assessed once in
     * 2071 and once in 2072 and attending one event: px-small is withheld, px-big-b with it (complementary).
     */
    @Test
    void theProfileExportsCarryNBesideEverySurveyFigureTheSuppressionMarksAndTheDefinitions() throws Exception {
        int year = 2072;
        Random random = new Random(2072);
        List<DomainEvent> facts = new ArrayList<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("px-big-a", 8);
        sizes.put("px-big-b", 6);
        sizes.put("px-small", 2);
        sizes.forEach((center, size) -> {
            facts.add(aCenter(center, "UTC"));
            UUID event = UUID.randomUUID();
            facts.add(aStaffEvent(event, center, year + "-04-04T10:00:00Z"));
            for (int i = 0; i < size; i++) {
                UUID person = UUID.randomUUID();
                facts.add(joined(person, center, "2070-03-01T10:00:00Z", true));
                facts.add(assessment(person, Instant.parse("2071-05-05T10:00:00Z"), random));
                facts.add(assessment(person, Instant.parse(year + "-05-05T10:00:00Z"), random));
                facts.add(checkIn(event, center, person, year + "-04-04T10:05:00Z"));
            }
        });
        publisher.publish(facts.toArray(DomainEvent[]::new));
        publisher.flush();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode profile = json(get("/api/reports/participant-profile/" + year, null, TestTokens.analyst()));
            assertThat(profile.get("network").get("participants").asLong()).isEqualTo(16);
            assertThat(profile.get("network").get("engagement").get("n").asLong()).isEqualTo(16);
        });
        JsonNode profile = json(get("/api/reports/participant-profile/" + year, null, TestTokens.analyst()));
        assertThat(profile.get("byHomeCenter").get("px-small").get("suppressed").asBoolean()).isTrue();
        JsonNode si = profile.get("network").get("subjectivity").get("subjectivityIndex");
        JsonNode siChange = profile.get("network").get("change").get("subjectivityIndex");

        HttpResponse<byte[]> pdfAnswer = get("/api/reports/participant-profile/" + year + "?format=pdf", null, TestTokens.analyst());
        assertThat(pdfAnswer.headers().firstValue("Content-Disposition").orElseThrow()).contains("participant-profile-" + year + ".pdf");
        String pdf = pdfText(pdfAnswer.body());
        assertThat(pdf).contains("Definitions", "suppressed (n < 5)",
                "Small-cell suppression: any figure derived from assessments", "The sample standard deviation (n - 1");
        assertThat(pdf.lines().map(String::strip)).as("the network SI with its n").anyMatch(line ->
                line.startsWith("network subjectivityIndex " + twoDecimals(si.get("mean").asDouble()) + " "
                        + twoDecimals(si.get("sd").asDouble())) && line.endsWith(" " + si.get("n").asLong()));
        assertThat(pdf.lines().map(String::strip)).as("px-small withheld").anyMatch(line -> line.startsWith("px-small suppressed (n < 5)"));

        List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(new String(
                get("/api/reports/participant-profile/" + year, "text/csv", TestTokens.analyst()).body(), StandardCharsets.UTF_8))).getRecords();
        CSVRecord siMean = csvRecord(csv, "subjectivity", "", "subjectivityIndex", "mean", "network");
        assertThat(Double.parseDouble(siMean.get("value"))).isEqualTo(si.get("mean").asDouble());
        assertThat(siMean.get("n")).isEqualTo(si.get("n").asString());
        CSVRecord changeMean = csvRecord(csv, "change", "", "subjectivityIndex", "mean", "network");
        assertThat(Double.parseDouble(changeMean.get("value"))).isEqualTo(siChange.get("mean").asDouble());
        CSVRecord small = csvRecord(csv, "participants", "px-small", "", "participants", "homeCenter");
        assertThat(small.get("suppressed")).isEqualTo("true");
        assertThat(small.get("value")).isEmpty();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                get("/api/reports/participant-profile/" + year + "?format=xlsx", null, TestTokens.analyst()).body()))) {
            Row row = xlsxRow(workbook.getSheet("subjectivity"), "", "subjectivityIndex", "mean");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(si.get("mean").asDouble());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(si.get("n").asDouble());
            Row withheld = xlsxRow(workbook.getSheet("participants"), "px-small", "", "participants");
            assertThat(withheld.getCell(6).getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void closingTwiceWithoutNewDataGivesOneRevisionAndNewDataASecondWhileTheFirstStaysAsItWas() throws Exception {
        int year = 2073;
        String center = "cl-east";
        UUID event = publishActivity(year, center).getFirst();
        awaitImpact(year, r -> r.get("network").get("attendances").asLong() == 9);

        HttpResponse<byte[]> first = post("/api/reports/impact/" + year + "/close", TestTokens.networkAdmin());
        assertThat(first.statusCode()).as(text(first)).isEqualTo(201);
        JsonNode r1 = json(first);
        assertThat(r1.get("revision").asInt()).isEqualTo(1);
        assertThat(r1.get("status").asString()).isEqualTo("closed");
        assertThat(r1.get("contentHash").asString()).matches("[0-9a-f]{64}");
        assertThat(r1.get("lateArrivals").get("count").asLong()).isZero();

        HttpResponse<byte[]> again = post("/api/reports/impact/" + year + "/close", TestTokens.networkAdmin());
        assertThat(again.statusCode()).as(text(again)).isEqualTo(200);
        assertThat(json(again).get("revision").asInt()).isEqualTo(1);
        assertThat(json(again).get("contentHash").asString()).isEqualTo(r1.get("contentHash").asString());

        JsonNode latest = impact(year, "");
        assertThat(latest.get("status").asString()).isEqualTo("closed");
        assertThat(latest.get("revision").asInt()).isEqualTo(1);
        String r1Figures = figures(latest);

        // Late arrivals: three more check-ins at an event held in the closed year.
        publisher.publish(checkIn(event, center, UUID.randomUUID(), year + "-02-02T10:05:00Z"),
                checkIn(event, center, UUID.randomUUID(), year + "-02-02T10:06:00Z"),
                checkIn(event, center, UUID.randomUUID(), year + "-02-02T10:07:00Z"));
        publisher.flush();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(impact(year, "?live=true").get("network").get("attendances").asLong()).isEqualTo(12));
        JsonNode stillClosed = impact(year, "");
        assertThat(stillClosed.get("revision").asInt()).isEqualTo(1);
        assertThat(stillClosed.get("network").get("attendances").asLong()).isEqualTo(9);
        assertThat(stillClosed.get("lateArrivals").get("count").asLong()).isEqualTo(3);
        assertThat(stillClosed.get("lateArrivals").get("since").asString()).isEqualTo(r1.get("closedAt").asString());
        JsonNode live = impact(year, "?live=true");
        assertThat(live.get("status").asString()).isEqualTo("live");
        assertThat(live.get("lateArrivals").get("count").asLong()).isEqualTo(3);

        HttpResponse<byte[]> second = post("/api/reports/impact/" + year + "/close", TestTokens.networkAdmin());
        assertThat(second.statusCode()).as(text(second)).isEqualTo(201);
        JsonNode r2 = json(second);
        assertThat(r2.get("revision").asInt()).isEqualTo(2);
        assertThat(r2.get("contentHash").asString()).isNotEqualTo(r1.get("contentHash").asString());
        assertThat(r2.get("network").get("attendances").asLong()).isEqualTo(12);
        assertThat(r2.get("lateArrivals").get("count").asLong()).isZero();

        JsonNode revision1 = impact(year, "?revision=1");
        assertThat(figures(revision1)).isEqualTo(r1Figures);
        assertThat(revision1.get("contentHash").asString()).isEqualTo(r1.get("contentHash").asString());
        assertThat(revision1.get("closedAt").asString()).isEqualTo(r1.get("closedAt").asString());
        assertThat(impact(year, "").get("revision").asInt()).isEqualTo(2);

        HttpResponse<byte[]> missing = get("/api/reports/impact/" + year + "?revision=7", null, TestTokens.analyst());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(missing).get("field").asString()).isEqualTo("revision");

        // Exports take the revision too.
        HttpResponse<byte[]> csv = get("/api/reports/impact/" + year + "?revision=1&format=csv", null, TestTokens.analyst());
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("impact-report-" + year + "-r1.csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(csvValue(records, "activity", "", "", "attendances")).isEqualTo("9");

        List<Published.Record> closed = Published.await(Topics.REPORTING_REPORTS,
                Published.about("impact-report/" + year, ImpactReportClosed.class), found -> found.size() >= 2);
        assertThat(closed).hasSize(2);
        assertThat(closed).extracting(r -> ((ImpactReportClosed) r.data()).revision()).containsExactly(1, 2);
        assertThat(((ImpactReportClosed) closed.get(0).data()).contentHash()).isEqualTo(r1.get("contentHash").asString());
        assertThat(((ImpactReportClosed) closed.get(1).data()).contentHash()).isEqualTo(r2.get("contentHash").asString());
    }

    @Test
    void analystsReadAndExportButOnlyAdminsCloseAndStaffSeeNoReportsAndEveryPullIsAudited() throws Exception {
        int year = 2074;
        String analyst = TestTokens.token("analyst-" + UUID.randomUUID(), List.of("ANALYST"), List.of(), null);
        assertThat(get("/api/reports/impact/" + year, null, analyst).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/impact/" + year + "?format=pdf", null, analyst).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/participant-profile/" + year + "?format=csv", null, analyst).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> close = post("/api/reports/impact/" + year + "/close", analyst);
        assertThat(close.statusCode()).isEqualTo(403);
        assertThat(close.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        for (String path : List.of("/api/reports/impact/" + year, "/api/reports/participant-profile/" + year,
                "/api/reports/impact/" + year + "?format=xlsx")) {
            HttpResponse<byte[]> staff = get(path, null, TestTokens.centerStaff("ex-north"));
            assertThat(staff.statusCode()).as(path).isEqualTo(403);
            assertThat(staff.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(get("/api/reports/impact/" + year, null, null).statusCode()).isEqualTo(401);

        HttpResponse<byte[]> unknown = get("/api/reports/impact/" + year + "?format=docx", null, analyst);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("field").asString()).isEqualTo("format");

        JsonNode audit = json(get("/api/audit?target=impact-report/" + year + "&limit=50", null, TestTokens.networkAdmin()));
        List<String> actions = new ArrayList<>();
        audit.forEach(entry -> actions.add(entry.get("action").asString() + " " + entry.path("details").path("format").asString("-")));
        assertThat(actions).contains("report.read json", "report.export pdf");
        JsonNode profileAudit = json(get("/api/audit?target=participant-profile/" + year + "&action=report.export", null, TestTokens.networkAdmin()));
        assertThat(profileAudit).isNotEmpty();
        assertThat(profileAudit.get(0).get("details").get("format").asString()).isEqualTo("csv");
        assertThat(profileAudit.get(0).get("roles").toString()).contains("ANALYST");
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Per center: 3 events in the year (the first resident-led), each with a few check-ins; a SHARING initiative at the first. */
    private List<UUID> publishActivity(int year, String... centers) {
        List<UUID> events = new ArrayList<>();
        List<DomainEvent> facts = new ArrayList<>();
        int c = 0;
        for (String center : centers) {
            facts.add(aCenter(center, "UTC"));
            List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            int eventsHere = c == 0 ? 3 : 2;
            for (int e = 0; e < eventsHere; e++) {
                UUID event = UUID.randomUUID();
                events.add(event);
                String startsAt = String.format("%d-%02d-02T10:00:00Z", year, 2 + e * 3);
                facts.add(e == 0 ? aResidentLedEvent(event, center, startsAt) : aStaffEvent(event, center, startsAt));
                for (int p = 0; p <= e + (c == 0 ? 1 : 0); p++) {
                    facts.add(checkIn(event, center, people.get(p), startsAt.replace("10:00", "10:01")));
                }
            }
            if (c == 0) {
                facts.add(anInitiative(center, InitiativeType.SHARING, year + "-03-03T10:00:00Z"));
            }
            c++;
        }
        publisher.publish(facts.toArray(DomainEvent[]::new));
        publisher.flush();
        return events;
    }

    private static DomainEvent assessment(UUID participant, Instant at, Random random) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String d : List.of("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "LEADERSHIP", "OPENNESS")) {
            scores.put(d, random.nextInt(13) * 100.0 / 12);
        }
        double si = scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new SubjectivityAssessed(UUID.randomUUID(), participant, "1", at, scores, si);
    }

    private JsonNode awaitImpact(int year, java.util.function.Predicate<JsonNode> ready) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(PATIENCE).untilAsserted(() -> {
            found[0] = impact(year, "?live=true");
            assertThat(ready.test(found[0])).as(found[0].toString()).isTrue();
        });
        return found[0];
    }

    private JsonNode impact(int year, String query) throws Exception {
        HttpResponse<byte[]> answer = get("/api/reports/impact/" + year + query, null, TestTokens.analyst());
        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(200);
        return json(answer);
    }

    /** The figures of a served report, without what describes the serving (status, revision, hash, times, late arrivals). */
    private static String figures(JsonNode report) {
        ObjectNode copy = ((ObjectNode) report).deepCopy();
        for (String field : List.of("status", "revision", "latestRevision", "contentHash", "closedAt", "generatedAt",
                "dataVersion", "lateArrivals")) {
            copy.remove(field);
        }
        return copy.toString();
    }

    private HttpResponse<byte[]> get(String path, String accept, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> answer) {
        return EnvelopeCodec.mapper().readTree(text(answer));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595.27f, org.assertj.core.data.Offset.offset(0.5f));
            return new PDFTextStripper().getText(document);
        }
    }

    private static String twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String csvValue(List<CSVRecord> records, String section, String center, String dimension, String metric) {
        return records.stream().filter(r -> r.get("section").equals(section) && r.get("centerId").equals(center)
                        && r.get("dimension").equals(dimension) && r.get("metric").equals(metric))
                .map(r -> r.get("value")).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row " + section + "/" + center + "/" + dimension + "/" + metric));
    }

    private static CSVRecord csvRecord(List<CSVRecord> records, String section, String center, String dimension, String metric, String group) {
        return records.stream().filter(r -> r.get("section").equals(section) && r.get("centerId").equals(center)
                        && r.get("dimension").equals(dimension) && r.get("metric").equals(metric) && r.get("group").equals(group))
                .findFirst().orElseThrow(() -> new AssertionError("no CSV row " + section + "/" + center + "/" + dimension + "/" + metric));
    }

    private static Row xlsxRow(Sheet sheet, String center, String dimension, String metric) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(center)
                    && row.getCell(1).getStringCellValue().equals(dimension) && row.getCell(3).getStringCellValue().equals(metric)) {
                return row;
            }
        }
        throw new AssertionError("no row " + center + "/" + dimension + "/" + metric + " in sheet " + sheet.getSheetName());
    }
}
