package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighborhoodcapital.e2e.AccessMatrix.Endpoint;
import org.neighborhoodcapital.e2e.AccessMatrix.Scope;
import org.neighborhoodcapital.e2e.AccessMatrix.Service;
import org.neighborhoodcapital.e2e.AccessMatrix.Who;
import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.security.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * Issue #3's acceptance, over the whole API surface of the four services running as processes: who may
 * call what ({@link AccessMatrix}, checked against each service's {@code /v3/api-docs}), a token for center
 * A never acts on center B, an analyst never receives personal data, the logs never hold any, and the
 * audit trail records personal-data reads, erasures and report pulls and cannot be changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessControlIT {

    /** Four start-ups at once on two cores: longer than one. */
    private static final Duration READY_TIMEOUT = Platform.READY_TIMEOUT.multipliedBy(3).dividedBy(2);

    private static final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private static final Map<Service, Http> admin = new EnumMap<>(Service.class);
    private static AccessFixture centerA;
    private static AccessFixture centerB;
    /** Every refused expectation of the walk, for the summary at the end. */
    private static final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    /** Every answer of the walk (endpoint, caller, status), written to target/ for whoever reads a failure. */
    private static final List<String> walk = Collections.synchronizedList(new ArrayList<>());
    private static final Path WRONG_ANSWERS = Path.of("target", "access-control-wrong-answers.txt");
    private static final Path WALK = Path.of("target", "access-control-walk.txt");

    @BeforeAll
    static void startTheNetworkWithTwoCenters() throws IOException {
        Files.deleteIfExists(WRONG_ANSWERS);
        String namespace = Platform.newNamespace();
        // all four start at once: their start-ups overlap instead of adding up
        for (Service service : Service.values()) {
            services.put(service, Platform.service(service.jarName, namespace).start());
        }
        for (Service service : Service.values()) {
            ServiceProcess process = services.get(service).awaitReady(READY_TIMEOUT);
            admin.put(service, new Http(process.baseUrl()));
        }
        String run = namespace.substring(3);
        // both centers at once: most of the time goes into waiting for events and assessments to learn of the participants
        java.util.concurrent.CompletableFuture<AccessFixture> b = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                AccessFixture.create("acl-b-" + run, AccessFixture.B_PARTICIPANT, AccessFixture.B_ERASED, admin, "acl-m-" + run));
        centerA = AccessFixture.create("acl-a-" + run, AccessFixture.A_PARTICIPANT, AccessFixture.A_ERASED, admin, "acl-n-" + run);
        centerB = b.join();
    }

    @AfterAll
    static void stopTheNetwork() {
        try {
            Files.writeString(WALK, String.join("\n", walk) + "\n", StandardCharsets.UTF_8);
            if (!wrong.isEmpty()) {
                String summary = "Access control: " + wrong.size() + " wrong answers\n" + String.join("\n", wrong) + "\n";
                System.out.println(summary);
                Files.writeString(WRONG_ANSWERS, summary, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            services.values().forEach(ServiceProcess::close);
        }
    }

    static Stream<Endpoint> endpoints() {
        return AccessMatrix.ALL.stream();
    }

    @Test
    @Order(1)
    void everyEndpointTheServicesDescribeHasARowInTheAccessMatrix() {
        Map<Service, Set<String>> inTheMatrix = new EnumMap<>(Service.class);
        AccessMatrix.ALL.forEach(e -> inTheMatrix.computeIfAbsent(e.service(), s -> new TreeSet<>()).add(e.operation()));
        SoftAssertions softly = new SoftAssertions();
        for (Service service : Service.values()) {
            Http.Response apiDocs = admin.get(service).anonymous().get("/v3/api-docs");
            softly.assertThat(apiDocs.status()).as(service + " /v3/api-docs without a token: " + apiDocs.raw()).isEqualTo(200);
            if (apiDocs.status() != 200 || apiDocs.body() == null) {
                continue;
            }
            Set<String> described = new TreeSet<>();
            apiDocs.body().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    described.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + Endpoint.normalized(path.getKey()));
                }
            }));
            Set<String> withoutARow = new TreeSet<>(described);
            withoutARow.removeAll(inTheMatrix.get(service));
            withoutARow.removeAll(AccessMatrix.DASHBOARD_PAGES);
            Set<String> notDescribed = new TreeSet<>(inTheMatrix.get(service));
            notDescribed.removeAll(described);
            softly.assertThat(withoutARow).as(service + ": endpoints without an access row (add them to AccessMatrix)").isEmpty();
            softly.assertThat(notDescribed).as(service + ": access rows of endpoints the service does not have").isEmpty();
        }
        softly.assertAll();
    }

    /**
     * For one endpoint: no token → 401; each role the matrix does not name → 403; each center role it names,
     * acting for center A on center B's resource → 403; each role it names, and the admin, on A's → let in.
     * Refusals are problem+json. The allowed calls come last, as they may change the resource.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    @Order(2)
    void eachEndpointLetsInExactlyTheRolesOfTheMatrix(Endpoint endpoint) {
        List<String> failures = new ArrayList<>();
        Http anonymous = admin.get(endpoint.service()).anonymous();
        expectRefused(failures, endpoint, "no token", call(anonymous, endpoint, centerA), 401);
        for (Who who : Who.values()) {
            if (!endpoint.allowed().contains(who)) {
                expectRefused(failures, endpoint, describe(who) + " on A's", call(as(endpoint, who), endpoint, centerA), 403);
            }
        }
        if (endpoint.scope() != Scope.NETWORK) {
            for (Who who : endpoint.allowed()) {
                if (who != Who.ANALYST) {
                    expectRefused(failures, endpoint, describe(who) + " on B's", call(as(endpoint, who), endpoint, centerB), 403);
                }
            }
        }
        for (Who who : Who.values()) {
            if (endpoint.allowed().contains(who)) {
                expectLetIn(failures, endpoint, describe(who) + " on A's", call(as(endpoint, who), endpoint, centerA));
            }
        }
        expectLetIn(failures, endpoint, "NETWORK_ADMIN on A's", call(admin.get(endpoint.service()), endpoint, centerA));
        wrong.addAll(failures);
        assertThat(failures).as(endpoint.toString()).isEmpty();
    }

    @Test
    @Order(3)
    void centerRolesListOnlyTheirOwnCenters() {
        Http memberships = admin.get(Service.MEMBERSHIPS);
        for (String token : List.of(TestTokens.centerStaff(centerA.centerId()), TestTokens.kiosk(centerA.centerId()))) {
            Http.Response list = memberships.as(token).get("/api/centers");
            assertThat(list.status()).as(list.raw()).isEqualTo(200);
            assertThat(list.body().findValuesAsString("id")).as(list.raw()).contains(centerA.centerId()).doesNotContain(centerB.centerId());
        }
        Http.Response all = memberships.as(TestTokens.analyst()).get("/api/centers");
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        assertThat(all.body().findValuesAsString("id")).contains(centerA.centerId(), centerB.centerId());
    }

    @Test
    @Order(4)
    void onlyTheHomeCentersStaffSeesNamesAndContacts() {
        Http memberships = admin.get(Service.MEMBERSHIPS);
        String participant = "/api/participants/" + centerA.participantId();
        Http.Response staff = memberships.as(TestTokens.centerStaff(centerA.centerId())).get(participant);
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);
        assertThat(staff.raw()).as("the home center's staff sees the person")
                .contains(AccessFixture.A_PARTICIPANT.displayName(), AccessFixture.A_PARTICIPANT.email());
        Map<String, Http.Response> pseudonymous = new LinkedHashMap<>();
        pseudonymous.put("KIOSK of the home center", memberships.as(TestTokens.kiosk(centerA.centerId())).get(participant));
        pseudonymous.put("the participant", memberships.as(TestTokens.participant(centerA.participantId())).get(participant));
        pseudonymous.forEach((who, answer) -> {
            assertThat(answer.status()).as(who + ": " + answer.raw()).isEqualTo(200);
            assertThat(answer.raw()).as(who + " sees the pseudonymous id").contains(centerA.participantId().toString());
            assertThat(answer.raw()).as(who + " sees no personal data").doesNotContain(AccessFixture.A_PARTICIPANT.needles());
        });
    }

    @Test
    @Order(5)
    void anAnalystNeverReceivesPersonalData() {
        String analyst = TestTokens.analyst();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : AccessMatrix.ALL) {
            if (!endpoint.method().equals("GET")) {
                continue;
            }
            for (AccessFixture center : List.of(centerA, centerB)) {
                Http.Response answer = call(admin.get(endpoint.service()).as(analyst), endpoint, center);
                calls++;
                for (AccessFixture.Person person : AccessFixture.EVERYONE) {
                    for (String needle : person.needles()) {
                        if (answer.raw().contains(needle)) {
                            leaks.add(endpoint.service().jarName + " GET " + center.fill(endpoint.path()) + " → " + answer.status()
                                    + " contains \"" + needle + "\"");
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(40);
        assertThat(leaks).as("personal data in answers to an analyst").isEmpty();
    }

    @Test
    @Order(6)
    void theAuditTrailRecordsPersonalDataReadsErasuresAndReportPullsAndCannotBeChanged() {
        Http memberships = admin.get(Service.MEMBERSHIPS);
        String staffToken = TestTokens.centerStaff(centerA.centerId());
        String staffSubject = "test-staff-" + centerA.centerId();
        Http staff = memberships.as(staffToken);
        Http.Response joined = staff.request("POST", "/api/participants", AccessMatrix.JSON,
                AccessFixture.joinBody(centerA.centerId(), AccessFixture.AUDITED));
        assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
        String audited = joined.body().get("participantId").asString();
        Http.Response read = staff.get("/api/participants/" + audited);
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        Http.Response erased = staff.delete("/api/participants/" + audited);
        assertThat(erased.status()).as(erased.raw()).isEqualTo(204);

        SoftAssertions softly = new SoftAssertions();
        JsonNode reads = auditEntries(softly, memberships, "personal-data.read", "participant/" + audited);
        softly.assertThat(subjects(reads)).as("memberships: personal-data reads of participant/" + audited + ": " + reads)
                .contains(staffSubject);
        JsonNode erasures = auditEntries(softly, memberships, "participant.erase", "participant/" + audited);
        softly.assertThat(subjects(erasures)).as("memberships: erasures of participant/" + audited + ": " + erasures)
                .containsExactly(staffSubject);

        Http reporting = admin.get(Service.REPORTING);
        Http analyst = reporting.as(TestTokens.analyst());
        softly.assertThat(analyst.get("/api/reports/impact/" + AccessFixture.YEAR).status()).isEqualTo(200);
        softly.assertThat(analyst.get("/api/reports/impact/" + AccessFixture.YEAR + "?format=csv").status()).isEqualTo(200);
        String report = "impact-report/" + AccessFixture.YEAR;
        JsonNode reportReads = auditEntries(softly, reporting, "report.read", report);
        softly.assertThat(subjects(reportReads)).as("reporting: reads of " + report + ": " + reportReads).contains("test-analyst");
        JsonNode exports = auditEntries(softly, reporting, "report.export", report);
        softly.assertThat(subjects(exports)).as("reporting: exports of " + report + ": " + exports).contains("test-analyst");
        softly.assertThat(exports.findValuesAsString("format")).as("reporting: exports of " + report + ": " + exports).contains("csv");

        for (Service service : Service.values()) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                Http.Response answer = admin.get(service).request(method, "/api/audit", AccessMatrix.JSON,
                        "{\"action\":\"report.read\",\"subject\":\"forger\"}");
                softly.assertThat(answer.status()).as(service.jarName + " " + method + " /api/audit as admin: " + answer.raw())
                        .isIn(404, 405);
            }
        }
        softly.assertAll();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theLogsOfTheWholeRunHoldNoPersonalData() throws IOException {
        // by now every participant above was joined, read by admin, staff, kiosk and itself, and some were erased
        List<String> found = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            List<String> lines = Files.readAllLines(service.logFile(), StandardCharsets.UTF_8);
            for (int n = 1; n < lines.size(); n++) { // line 0 is the command line
                for (AccessFixture.Person person : AccessFixture.EVERYONE) {
                    for (String needle : person.needles()) {
                        if (lines.get(n).contains(needle)) {
                            found.add(service.name() + " log line " + (n + 1) + " contains \"" + needle + "\"");
                        }
                    }
                }
            }
            assertThat(lines.size()).as(service.name() + " wrote a log").isGreaterThan(10);
        }
        assertThat(found).as("personal data in the services' logs").isEmpty();
    }

    private static JsonNode auditEntries(SoftAssertions softly, Http service, String action, String target) {
        Http.Response entries = service.get("/api/audit?action=" + action + "&target=" + target + "&limit=100");
        softly.assertThat(entries.status()).as("GET /api/audit?action=" + action + " as admin: " + entries.raw()).isEqualTo(200);
        return entries.status() == 200 && entries.body() != null ? entries.body() : tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    private static List<String> subjects(JsonNode entries) {
        List<String> subjects = new ArrayList<>();
        entries.forEach(entry -> subjects.add(entry.path("subject").asString("")));
        return subjects;
    }

    private static Http as(Endpoint endpoint, Who who) {
        Http service = admin.get(endpoint.service());
        return service.as(switch (who) {
            case STAFF -> TestTokens.centerStaff(centerA.centerId());
            case KIOSK -> TestTokens.kiosk(centerA.centerId());
            case ANALYST -> TestTokens.analyst();
            case SELF -> TestTokens.participant(centerA.participantId());
        });
    }

    private static String describe(Who who) {
        return switch (who) {
            case STAFF -> "CENTER_STAFF@A";
            case KIOSK -> "KIOSK@A";
            case ANALYST -> "ANALYST";
            case SELF -> "PARTICIPANT(A's participant)";
        };
    }

    private static Http.Response call(Http http, Endpoint endpoint, AccessFixture center) {
        return http.request(endpoint.method(), center.fill(endpoint.path()), endpoint.contentType(), center.fill(endpoint.body()));
    }

    private static void expectRefused(List<String> failures, Endpoint endpoint, String who, Http.Response answer, int status) {
        walk.add(endpoint + " | " + who + " | " + answer.status());
        if (answer.status() != status || !answer.contentType().startsWith("application/problem+json")) {
            failures.add(line(endpoint, who, status + " problem+json", answer));
        }
    }

    private static void expectLetIn(List<String> failures, Endpoint endpoint, String who, Http.Response answer) {
        walk.add(endpoint + " | " + who + " | " + answer.status());
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
            failures.add(line(endpoint, who, "let in (not 401/403/5xx)", answer));
        }
    }

    private static String line(Endpoint endpoint, String who, String expected, Http.Response answer) {
        String raw = answer.raw().length() > 300 ? answer.raw().substring(0, 300) + "…" : answer.raw();
        return endpoint.service().jarName + " | " + endpoint.method() + " " + endpoint.path()
                + (AccessMatrix.NDJSON.equals(endpoint.contentType()) ? " (ndjson)" : "") + " | " + who + " | expected " + expected
                + " | got " + answer.status() + " " + answer.contentType() + " " + raw.replace('\n', ' ');
    }
}
