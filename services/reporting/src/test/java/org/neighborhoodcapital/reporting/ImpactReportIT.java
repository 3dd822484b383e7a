package org.neighborhoodcapital.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.reporting.NetworkFacts.aCenter;
import static org.neighborhoodcapital.reporting.NetworkFacts.aCenterWithBudget;
import static org.neighborhoodcapital.reporting.NetworkFacts.aPaidResidentLedEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.bought;
import static org.neighborhoodcapital.reporting.NetworkFacts.cancelledPass;
import static org.neighborhoodcapital.reporting.NetworkFacts.consent;
import static org.neighborhoodcapital.reporting.NetworkFacts.erased;
import static org.neighborhoodcapital.reporting.NetworkFacts.joined;
import static org.neighborhoodcapital.reporting.NetworkFacts.renewed;
import static org.neighborhoodcapital.reporting.NetworkFacts.stepped;
import static org.neighborhoodcapital.reporting.NetworkFacts.aResidentLedEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.aStaffEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.anInitiative;
import static org.neighborhoodcapital.reporting.NetworkFacts.cancelled;
import static org.neighborhoodcapital.reporting.NetworkFacts.checkIn;
import static org.neighborhoodcapital.reporting.NetworkFacts.movedTo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.testsupport.KafkaTestClient;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reporting service end to end: facts published straight to the topics (duplicates, late and
 * out-of-order records, malformed ones), the report read over HTTP. Each test works in a year and
 * with centers of its own, so the tests share one application context and database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "nc.reporting.refresh-debounce=100ms",
        "nc.reporting.center-timezones.cfg-kathmandu=Asia/Kathmandu"})
@RealInfrastructure
class ImpactReportIT {

    private static final Logger log = LoggerFactory.getLogger(ImpactReportIT.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static FactPublisher publisher;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void connect() {
        publisher = new FactPublisher(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    /**
     * Year 2031. tokyo (CenterRegistered Asia/Tokyo, UTC+9) and utc (no registration: default UTC).
     * Participants a, b, c.
     * <pre>
     * t1 tokyo 2030-12-31T20:00Z = Jan 1 05:00 Tokyo, resident  a (3 check-ins, one duplicated record) b -> held, Jan
     * t2 tokyo 2031-03-10, staff, a checked in BEFORE the event was published                           -> held, Mar
     * t3 tokyo 2031-05-05, resident, c, then cancelled                                                  -> not held
     * t4 tokyo 2031-12-31T16:00Z = Jan 1 2032 Tokyo, b                                                  -> next year
     * u1 utc   2030-12-30 rescheduled (rev 2) to 2031-01-02, resident, b c                              -> held, Jan
     * u2 utc   2031-06-01 rescheduled (rev 2) to 2030-12-31, a; the rev-1 record delivered again after -> last year
     * u3 utc   2031-12-31T23:30Z, staff, a                                                              -> held, Dec
     * initiatives: tokyo SHARING 2030-12-31T16:00Z (Jan 1 Tokyo) twice the same record; utc CLUB 2030-12-31T16:00Z
     *              (2030 in UTC); utc MICRO_BUSINESS 2031-07-01
     * </pre>
     * tokyo: held 2, resident-led 1, attendances 3 (t1 a b, t2 a), unique 2, returning 1 (a: Jan Mar), SHARING 1.
     * utc:   held 2, resident-led 1, attendances 3 (u1 b c, u3 a), unique 3, returning 0, MICRO_BUSINESS 1.
     * network: held 4, resident-led 2, attendances 6, unique 3, returning 1 (a: Jan Mar Dec; b: Jan only), 2 centers.
     */
    @Test
    void theReportOverHttpCountsEachFactOnceInItsCentersOwnZone() throws Exception {
        String tokyo = "it-tokyo";
        String utc = "it-utc";
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        UUID t3 = UUID.randomUUID();
        UUID t4 = UUID.randomUUID();
        UUID u1 = UUID.randomUUID();
        UUID u2 = UUID.randomUUID();
        UUID u3 = UUID.randomUUID();
        DomainEvent sharing = anInitiative(tokyo, InitiativeType.SHARING, "2030-12-31T16:00:00Z");
        DomainEvent u2Scheduled = aStaffEvent(u2, utc, "2031-06-01T10:00:00Z");

        publisher.publish(checkIn(t2, tokyo, a, "2031-03-10T10:05:00Z"));
        List<FactPublisher.Sent> t1CheckInOfA = publisher.publish(checkIn(t1, tokyo, a, "2030-12-31T20:01:00Z"));
        publisher.publish(
                aCenter(tokyo, "Asia/Tokyo"),
                aResidentLedEvent(t1, tokyo, "2030-12-31T20:00:00Z"),
                checkIn(t1, tokyo, b, "2030-12-31T20:02:00Z"),
                checkIn(t1, tokyo, a, "2030-12-31T21:30:00Z"),
                aStaffEvent(t2, tokyo, "2031-03-10T10:00:00Z"),
                aResidentLedEvent(t3, tokyo, "2031-05-05T10:00:00Z"),
                checkIn(t3, tokyo, c, "2031-05-05T10:01:00Z"),
                cancelled(t3, tokyo, 2),
                aStaffEvent(t4, tokyo, "2031-12-31T16:00:00Z"),
                checkIn(t4, tokyo, b, "2031-12-31T16:01:00Z"),
                aResidentLedEvent(u1, utc, "2030-12-30T10:00:00Z"),
                movedTo(u1, utc, "2031-01-02T10:00:00Z", 2),
                checkIn(u1, utc, b, "2031-01-02T10:00:00Z"),
                checkIn(u1, utc, c, "2031-01-02T10:00:00Z"),
                u2Scheduled,
                checkIn(u2, utc, a, "2031-06-01T10:00:00Z"),
                movedTo(u2, utc, "2030-12-31T10:00:00Z", 2),
                u2Scheduled,
                aStaffEvent(u3, utc, "2031-12-31T23:30:00Z"),
                checkIn(u3, utc, a, "2031-12-31T23:31:00Z"),
                anInitiative(utc, InitiativeType.CLUB, "2030-12-31T16:00:00Z"),
                anInitiative(utc, InitiativeType.MICRO_BUSINESS, "2031-07-01T12:00:00Z"));
        publisher.replay(t1CheckInOfA);
        publisher.replay(publisher.publish(sharing));
        publisher.flush();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode report = impact(2031);
            assertThat(Figures.of(report.get("network"))).isEqualTo(Figures.expected(4, 2, 6, 3, 1,
                    Map.of(InitiativeType.SHARING, 1L, InitiativeType.MICRO_BUSINESS, 1L)));
            assertThat(report.get("network").get("centers").asInt()).isEqualTo(2);
            assertThat(report.get("centers")).hasSize(2);
            assertThat(centerIds(report)).containsExactly(tokyo, utc);
            assertThat(Figures.of(center(report, tokyo))).isEqualTo(Figures.expected(2, 1, 3, 2, 1, Map.of(InitiativeType.SHARING, 1L)));
            assertThat(Figures.of(center(report, utc))).isEqualTo(Figures.expected(2, 1, 3, 3, 0, Map.of(InitiativeType.MICRO_BUSINESS, 1L)));
            assertThat(center(report, tokyo).get("timezone").asString()).isEqualTo("Asia/Tokyo");
            assertThat(center(report, utc).get("timezone").asString()).isEqualTo("UTC");
        });

        JsonNode report = impact(2031);
        assertThat(report.get("year").asInt()).isEqualTo(2031);
        assertThat(report.get("generatedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(report.get("dataVersion").asLong()).isPositive();
        JsonNode nextYear = impact(2032);
        assertThat(centerIds(nextYear)).as("t4 starts on Jan 1 2032 in Tokyo").contains(tokyo);
        assertThat(computeCount()).isPositive();
    }

    /**
     * Year 2048 with memberships facts. berlin (Europe/Berlin, UTC+1 in winter, budget 5000 EUR), plain (UTC, not registered).
     * <pre>
     * ann  joins berlin 2047-12-31T23:30Z (Jan 1 2048 in Berlin), consent       -> new in 2048
     * bob  joins berlin 2047-10-01, consent; erased after the first report      -> gone
     * cat  joins berlin 2047-05-01, consent; withdraws 2048-10-01               -> gone
     * dan  joins berlin 2048-03-01 without consent                              -> never counted
     * eve  joins plain 2048-06-01, consent                                      -> new in 2048
     * unk  never joined (unknown to memberships)                                -> counted
     * e1 berlin 2048-04-10 resident-led, price 500: ann bob cat dan unk;  e2 berlin 2048-06-10 staff: ann bob
     * e3 plain 2048-07-01 staff: eve unk;  SHARING initiative at berlin 2048-05-01
     * funnel: ann N->I 2048-05-01 (a jump), I->L 2048-12-31T23:30Z (2049 in Berlin); bob N->P 2048-06-10; eve N->P 2048-07-01
     * passes (berlin, EUR): ann bought 2048-12-01 3000 until 2049-01-10 (active at year end);
     *   bob bought 2047-11-01 2000 until 2048-11-01, renewed 2048-10-25 2500 until 2049-11-01 (active, but bob is gone);
     *   cat bought 2047-06-01 1000, cancelled 2048-01-15 refunding 400
     * </pre>
     * After the erasure: berlin attendances 3 (e1 ann unk, e2 ann), unique 2, returning 1 (ann Apr Jun), new 1 (ann),
     * funnel I 1 with N->I 1; passes active 1, sold 1, renewed 1, revenue 3000 + 2500 - 400 = 5100, self-sufficiency
     * 5100 / 5000 = 1.02, stage 4. plain: attendances 2, unique 2, new 1, funnel P 1 with N->P 1, no passes, stage 1.
     * Network: attendances 5, unique 3, returning 2 (ann; unk in Apr at berlin and Jul at plain), new 2, funnel P 1 I 1, revenue EUR 5100, stages 1 x "1", 1 x "4".
     * Before the erasure bob still counts at berlin: attendances 5 (e1 ann bob unk, e2 ann bob), unique 3.
     */
    @Test
    void membershipFactsAddNewParticipantsFunnelPassesAndStagesAndErasureRemovesAPerson() throws Exception {
        String berlin = "mem-berlin";
        String plain = "mem-plain";
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID cat = UUID.randomUUID();
        UUID dan = UUID.randomUUID();
        UUID eve = UUID.randomUUID();
        UUID unk = UUID.randomUUID();
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        UUID e3 = UUID.randomUUID();
        UUID annPass = UUID.randomUUID();
        UUID bobPass = UUID.randomUUID();
        UUID catPass = UUID.randomUUID();
        publisher.publish(
                aCenterWithBudget(berlin, "Europe/Berlin", 5000, "EUR"),
                joined(ann, berlin, "2047-12-31T23:30:00Z", true),
                joined(bob, berlin, "2047-10-01T10:00:00Z", true),
                joined(cat, berlin, "2047-05-01T10:00:00Z", true),
                consent(cat, false, "2048-10-01T10:00:00Z"),
                joined(dan, berlin, "2048-03-01T10:00:00Z", false),
                joined(eve, plain, "2048-06-01T10:00:00Z", true),
                aPaidResidentLedEvent(e1, berlin, "2048-04-10T10:00:00Z", 500),
                aStaffEvent(e2, berlin, "2048-06-10T10:00:00Z"),
                aStaffEvent(e3, plain, "2048-07-01T10:00:00Z"),
                anInitiative(berlin, InitiativeType.SHARING, "2048-05-01T10:00:00Z"),
                stepped(ann, berlin, FunnelStage.INITIATOR, FunnelStage.LEADER, "2048-12-31T23:30:00Z"),
                stepped(ann, berlin, FunnelStage.NEIGHBOR, FunnelStage.INITIATOR, "2048-05-01T10:00:00Z"),
                stepped(bob, berlin, FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, "2048-06-10T10:00:00Z"),
                stepped(eve, plain, FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, "2048-07-01T10:00:00Z"),
                bought(annPass, ann, berlin, 3000, "2048-12-01T10:00:00Z", "2049-01-10T10:00:00Z"),
                bought(bobPass, bob, berlin, 2000, "2047-11-01T10:00:00Z", "2048-11-01T10:00:00Z"),
                renewed(bobPass, bob, berlin, 2500, "2048-10-25T10:00:00Z", "2049-11-01T10:00:00Z"),
                bought(catPass, cat, berlin, 1000, "2047-06-01T10:00:00Z", "2048-06-01T10:00:00Z"),
                cancelledPass(catPass, cat, berlin, 400, "2048-01-15T10:00:00Z"));
        for (UUID who : List.of(ann, bob, cat, dan, unk)) {
            publisher.publish(checkIn(e1, berlin, who, "2048-04-10T10:05:00Z"));
        }
        publisher.publish(checkIn(e2, berlin, ann, "2048-06-10T10:05:00Z"), checkIn(e2, berlin, bob, "2048-06-10T10:05:00Z"),
                checkIn(e3, plain, eve, "2048-07-01T10:05:00Z"), checkIn(e3, plain, unk, "2048-07-01T10:05:00Z"));
        publisher.flush();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode report = impact(2048);
            assertThat(center(report, berlin).get("attendances").asLong()).isEqualTo(5);
            assertThat(center(report, berlin).get("uniqueParticipants").asLong()).isEqualTo(3);
            assertThat(center(report, berlin).get("passes").get("renewed").asLong()).isEqualTo(1);
            assertThat(center(report, berlin).get("passes").get("activeAtYearEnd").asLong()).isEqualTo(2);
            assertThat(center(report, berlin).get("funnel").get("distribution").get("PARTICIPANT").asLong()).isEqualTo(1);
        });

        publisher.publish(erased(bob, "2049-02-01T10:00:00Z"));
        publisher.flush();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode report = impact(2048);
            JsonNode b = center(report, berlin);
            assertThat(Figures.of(b)).isEqualTo(Figures.expected(2, 1, 3, 2, 1, Map.of(InitiativeType.SHARING, 1L)));
            assertThat(b.get("newParticipants").asLong()).isEqualTo(1);
            assertThat(json(b.get("funnel"))).isEqualTo(json(
                    "{\"distribution\":{\"NEIGHBOR\":0,\"PARTICIPANT\":0,\"INITIATOR\":1,\"LEADER\":0},"
                            + "\"transitions\":[{\"from\":\"NEIGHBOR\",\"to\":\"INITIATOR\",\"count\":1}]}"));
            assertThat(json(b.get("passes"))).isEqualTo(json(
                    "{\"activeAtYearEnd\":1,\"sold\":1,\"renewed\":1,\"revenueMinor\":5100,\"currency\":\"EUR\"}"));
            assertThat(b.get("selfSufficiency").asDouble()).isCloseTo(1.02, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(b.get("fourStepStage").asInt()).isEqualTo(4);

            JsonNode p = center(report, plain);
            assertThat(Figures.of(p)).isEqualTo(Figures.expected(1, 0, 2, 2, 0, Map.of()));
            assertThat(p.get("newParticipants").asLong()).isEqualTo(1);
            assertThat(p.get("funnel").get("distribution").get("PARTICIPANT").asLong()).isEqualTo(1);
            assertThat(json(p.get("passes"))).isEqualTo(json(
                    "{\"activeAtYearEnd\":0,\"sold\":0,\"renewed\":0,\"revenueMinor\":0,\"currency\":null}"));
            assertThat(p.get("selfSufficiency").isNull()).isTrue();
            assertThat(p.get("fourStepStage").asInt()).isEqualTo(1);

            JsonNode n = report.get("network");
            assertThat(Figures.of(n)).as("returning: ann (Apr, Jun) and unk (Apr at berlin, Jul at plain)")
                    .isEqualTo(Figures.expected(3, 1, 5, 3, 2, Map.of(InitiativeType.SHARING, 1L)));
            assertThat(n.get("newParticipants").asLong()).isEqualTo(2);
            assertThat(json(n.get("funnel"))).isEqualTo(json(
                    "{\"distribution\":{\"NEIGHBOR\":0,\"PARTICIPANT\":1,\"INITIATOR\":1,\"LEADER\":0},"
                            + "\"transitions\":[{\"from\":\"NEIGHBOR\",\"to\":\"PARTICIPANT\",\"count\":1},"
                            + "{\"from\":\"NEIGHBOR\",\"to\":\"INITIATOR\",\"count\":1}]}"));
            assertThat(json(n.get("passes"))).isEqualTo(json(
                    "{\"activeAtYearEnd\":1,\"sold\":1,\"renewed\":1,\"revenueMinor\":{\"EUR\":5100}}"));
            assertThat(n.get("selfSufficiency").asDouble()).isCloseTo(1.02, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(json(n.get("fourStepStages"))).isEqualTo(json("{\"0\":0,\"1\":1,\"2\":0,\"3\":0,\"4\":1}"));
        });
        JsonNode next = impact(2049);
        assertThat(center(next, berlin).get("funnel").get("transitions").get(0).get("to").asString())
                .as("ann's LEADER step is dated Jan 1 2049 in Berlin").isEqualTo("LEADER");
    }

    private static JsonNode json(JsonNode node) {
        return node;
    }

    private static JsonNode json(String text) {
        return EnvelopeCodec.mapper().readTree(text);
    }

    /** A center known only from configuration reads its dates in the configured zone (Kathmandu, UTC+5:45). */
    @Test
    void aCenterWithoutRegistrationUsesItsConfiguredZone() throws Exception {
        String center = "cfg-kathmandu";
        publisher.publish(
                aStaffEvent(UUID.randomUUID(), center, "2036-12-31T18:14:00Z"), // 23:59 local: 2036
                aStaffEvent(UUID.randomUUID(), center, "2036-12-31T18:15:00Z")); // 00:00 local: 2037
        publisher.flush();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(center(impact(2036), center).get("eventsHeld").asLong()).isEqualTo(1);
            assertThat(center(impact(2037), center).get("eventsHeld").asLong()).isEqualTo(1);
        });
        assertThat(center(impact(2037), center).get("timezone").asString()).isEqualTo("Asia/Kathmandu");
    }

    @Test
    void replayingTheSameRecordsChangesNothing() throws Exception {
        String moscow = "replay-moscow";
        String plain = "replay-plain";
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID e1 = UUID.randomUUID();
        UUID e2 = UUID.randomUUID();
        UUID e3 = UUID.randomUUID();
        UUID e4 = UUID.randomUUID();
        List<FactPublisher.Sent> sent = new ArrayList<>(publisher.publish(
                aCenter(moscow, "Europe/Moscow"),
                aResidentLedEvent(e1, moscow, "2032-12-31T21:30:00Z"), // Jan 1 2033 in Moscow
                checkIn(e1, moscow, a, "2032-12-31T21:31:00Z"),
                checkIn(e1, moscow, b, "2032-12-31T21:32:00Z"),
                aStaffEvent(e2, moscow, "2033-02-01T10:00:00Z"),
                movedTo(e2, moscow, "2033-03-01T10:00:00Z", 2),
                checkIn(e2, moscow, a, "2033-03-01T10:00:00Z"),
                aStaffEvent(e3, plain, "2033-04-01T10:00:00Z"),
                checkIn(e3, plain, b, "2033-04-01T10:00:00Z"),
                cancelled(e3, plain, 2),
                aStaffEvent(e4, plain, "2033-05-01T10:00:00Z"),
                checkIn(e4, plain, b, "2033-05-01T10:00:00Z"),
                anInitiative(plain, InitiativeType.VOLUNTEER, "2033-05-01T10:00:00Z")));
        publisher.flush();
        Figures network = Figures.expected(3, 1, 4, 2, 2, Map.of(InitiativeType.VOLUNTEER, 1L));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Figures.of(impact(2033).get("network"))).isEqualTo(network));
        JsonNode before = impact(2033);

        publisher.replay(sent);
        publishSentinels(2045, moscow, plain);
        publisher.flush();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Figures.of(impact(2045).get("network")))
                .as("the sentinels published after the replay have been consumed")
                .isEqualTo(Figures.expected(2, 0, 2, 2, 0, Map.of(InitiativeType.PARTNERSHIP, 2L))));

        JsonNode after = impact(2033);
        assertThat(after.get("dataVersion").asLong()).isGreaterThan(before.get("dataVersion").asLong());
        assertThat(withoutVersion(after)).isEqualTo(withoutVersion(before));
    }

    /** One event with one check-in and one initiative per center, keyed like the replayed records, so they come after them. */
    private void publishSentinels(int year, String... centers) {
        for (String center : centers) {
            UUID event = UUID.randomUUID();
            publisher.publish(
                    aStaffEvent(event, center, year + "-06-15T12:00:00Z"),
                    checkIn(event, center, UUID.randomUUID(), year + "-06-15T12:00:00Z"),
                    anInitiative(center, InitiativeType.PARTNERSHIP, year + "-06-15T12:00:00Z"));
        }
    }

    @Test
    void aMalformedAttendanceRecordIsDeadLetteredAndTheRecordsAfterItStillCount() throws Exception {
        String center = "dlt-center";
        UUID event = UUID.randomUUID();
        byte[] notJson = ("not json " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ObjectNode withoutParticipant = (ObjectNode) EnvelopeCodec.mapper().readTree(new EnvelopeCodec().encode(
                publisher.envelope(checkIn(event, center, UUID.randomUUID(), "2035-03-03T10:00:00Z"))));
        ((ObjectNode) withoutParticipant.get("data")).remove("participantId");
        byte[] missingParticipant = EnvelopeCodec.mapper().writeValueAsBytes(withoutParticipant);

        publisher.publish(aStaffEvent(event, center, "2035-03-03T10:00:00Z"),
                checkIn(event, center, UUID.randomUUID(), "2035-03-03T10:01:00Z"));
        publisher.send(Topics.EVENTS_ATTENDANCE, center, notJson);
        publisher.publish(checkIn(event, center, UUID.randomUUID(), "2035-03-03T10:02:00Z"));
        publisher.send(Topics.EVENTS_ATTENDANCE, center, missingParticipant);
        publisher.publish(checkIn(event, center, UUID.randomUUID(), "2035-03-03T10:03:00Z"));
        publisher.flush();

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(center(impact(2035), center).get("attendances").asLong()).isEqualTo(3));
        List<ConsumerRecord<String, byte[]>> deadLetters = KafkaTestClient.readAll(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetterOf(Topics.EVENTS_ATTENDANCE), PATIENCE,
                records -> records.stream().filter(r -> Arrays.equals(r.value(), notJson) || Arrays.equals(r.value(), missingParticipant)).count() == 2);
        ConsumerRecord<String, byte[]> noParticipant = deadLetters.stream()
                .filter(r -> Arrays.equals(r.value(), missingParticipant)).findFirst().orElseThrow();
        assertThat(deadLetters.stream().filter(r -> Arrays.equals(r.value(), notJson)).findFirst().orElseThrow())
                .satisfies(r -> assertThat(reason(r)).isNotBlank());
        assertThat(reason(noParticipant)).contains("participantId");
        assertThat(noParticipant.key()).isEqualTo(center);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("nc-dlt-reason");
        assertThat(header).as("nc-dlt-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aYearOutsideTheSupportedRangeIsRefusedNamingTheYear() throws Exception {
        for (String year : List.of("1999", "2101", "next")) {
            HttpResponse<String> response = get("/api/reports/impact/" + year);

            assertThat(response.statusCode()).as(year).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = EnvelopeCodec.mapper().readTree(response.body());
            assertThat(problem.get("errors").get(0).get("field").asString()).as(year).isEqualTo("year");
        }
    }

    /** After new data, the cached years are recomputed without a request asking for them. */
    @Test
    void newDataRefreshesTheCachedReportWithoutARequest() throws Exception {
        String center = "refresh-center";
        publisher.publish(aStaffEvent(UUID.randomUUID(), center, "2039-04-04T10:00:00Z"));
        publisher.flush();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(center(impact(2039), center).get("eventsHeld").asLong()).isEqualTo(1));
        long computed = computeCount();

        publisher.publish(aStaffEvent(UUID.randomUUID(), center, "2039-05-05T10:00:00Z"));
        publisher.flush();

        await().atMost(PATIENCE).until(() -> computeCount() > computed);
        assertThat(center(impact(2039), center).get("eventsHeld").asLong()).isEqualTo(2);
    }

    /**
     * Ingest rate: 500 events and 55,000 check-in records (50,000 distinct, 10% sent twice), from the first
     * record sent until the listener has taken all of them and the report over HTTP shows them.
     */
    @Test
    void tensOfThousandsOfCheckInsAreIngestedInBulkAndCountedOnce() throws Exception {
        String center = "bulk-center";
        int events = 500;
        int perEvent = 100;
        Random random = new Random(42);
        List<UUID> participants = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            participants.add(UUID.randomUUID());
        }
        List<DomainEvent> calendar = new ArrayList<>();
        List<DomainEvent> checkIns = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            UUID event = UUID.randomUUID();
            String startsAt = String.format("2041-%02d-%02dT10:00:00Z", 1 + e % 12, 1 + e % 28);
            calendar.add(aStaffEvent(event, center, startsAt));
            for (int p = 0; p < perEvent; p++) {
                DomainEvent checkIn = checkIn(event, center, participants.get((e * 7 + p) % participants.size()), startsAt);
                checkIns.add(checkIn);
                if (random.nextInt(10) == 0) {
                    checkIns.add(checkIn);
                }
            }
        }
        List<FactPublisher.Sent> records = new ArrayList<>(publisher.encode(calendar));
        records.addAll(publisher.encode(checkIns));
        long consumedBefore = consumed(Topics.EVENTS_ATTENDANCE) + consumed(Topics.EVENTS_CALENDAR);

        long started = System.nanoTime();
        publisher.replay(records);
        publisher.flush();
        long sent = System.nanoTime();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() ->
                consumed(Topics.EVENTS_ATTENDANCE) + consumed(Topics.EVENTS_CALENDAR) - consumedBefore >= records.size());
        long consumed = System.nanoTime();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(center(impact(2041), center).get("attendances").asLong()).isEqualTo((long) events * perEvent));
        long counted = System.nanoTime();

        log.info("Ingest: {} records ({} calendar, {} check-ins) sent in {} ms, taken by the listener after {} ms, "
                        + "all counted in the report after {} ms: {} records/s end to end; report compute max {} ms",
                records.size(), calendar.size(), checkIns.size(), millis(sent - started), millis(consumed - started),
                millis(counted - started), Math.round(records.size() / ((counted - started) / 1e9)),
                Math.round(meters.get("nc.report.compute").timer().max(java.util.concurrent.TimeUnit.MILLISECONDS)));
        JsonNode report = center(impact(2041), center);
        assertThat(report.get("eventsHeld").asLong()).isEqualTo(events);
        assertThat(report.get("uniqueParticipants").asLong()).isEqualTo(participants.size());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** {@code nc.records.consumed} of a topic (platform metric; 0 before the topic's first record). */
    private long consumed(String topic) {
        var counter = meters.find("nc.records.consumed").tag("topic", topic).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private long computeCount() {
        return meters.get("nc.report.compute").timer().count();
    }

    private JsonNode impact(int year) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/reports/impact/" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EnvelopeCodec.mapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TestTokens.networkAdmin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> centerIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("centers").forEach(c -> ids.add(c.get("centerId").asString()));
        return ids;
    }

    private static JsonNode center(JsonNode report, String centerId) {
        for (JsonNode center : report.get("centers")) {
            if (center.get("centerId").asString().equals(centerId)) {
                return center;
            }
        }
        throw new AssertionError("center " + centerId + " is not in the report of " + report.get("year") + ": " + centerIds(report));
    }

    private static JsonNode withoutVersion(JsonNode report) {
        ObjectNode copy = ((ObjectNode) report).deepCopy();
        copy.remove("dataVersion");
        copy.remove("generatedAt");
        return copy;
    }

    /** Exports, closing a year, access and audit ({@link ReportExportsAndClosingScenarios}) on this class's context. */
    @Nested
    class ExportsAndClosing extends ReportExportsAndClosingScenarios {
    }
}
