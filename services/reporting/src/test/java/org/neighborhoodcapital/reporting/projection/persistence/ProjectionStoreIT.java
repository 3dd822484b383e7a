package org.neighborhoodcapital.reporting.projection.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.FunnelChangeFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.ParticipantFacts;
import org.neighborhoodcapital.reporting.impact.domain.PassFacts;
import org.neighborhoodcapital.reporting.impact.domain.TimeWindow;
import org.neighborhoodcapital.reporting.impact.persistence.ImpactFactsReader;
import org.neighborhoodcapital.reporting.projection.domain.ProjectionChanges;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The projection writes against the real store: revisions, cancels, sets and replays. */
class ProjectionStoreIT {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-01T10:00:00Z");
    private static final TimeWindow YEAR_2026 = new TimeWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static ProjectionStore store;
    private static ImpactFactsReader reader;

    @BeforeAll
    static void connect() {
        String database = TestInfrastructure.uniqueDatabaseName("ProjectionStoreIT");
        client = MongoClients.create(TestInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, database);
        store = new ProjectionStore(mongo);
        store.ensureIndexes();
        reader = new ImpactFactsReader(mongo);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static void batch(DomainEvent... facts) {
        ProjectionChanges changes = new ProjectionChanges();
        for (DomainEvent fact : facts) {
            changes.apply(fact);
        }
        store.write(changes);
    }

    private static EventScheduled scheduled(UUID event, Instant at, Organizer organizer) {
        return new EventScheduled(event, "c1", "Talk", EventFormat.LECTURE, at, at.plusSeconds(3600), 30, organizer, 0, "EUR", null, 1);
    }

    private static EventRescheduled rescheduled(UUID event, Instant at, int revision) {
        return new EventRescheduled(event, "c1", at, at.plusSeconds(3600), revision);
    }

    private static Document event(UUID id) {
        return mongo.getCollection(ProjectionCollections.EVENTS).find(Filters.eq("_id", id.toString())).first();
    }

    private static List<Document> all(String collection) {
        return mongo.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void aCalendarChangeAppliesOnlyWhenItsRevisionIsNewerWhateverTheArrivalOrder() {
        UUID id = UUID.randomUUID();
        batch(scheduled(id, T1, Organizer.staff()));
        batch(rescheduled(id, T3, 3));
        batch(rescheduled(id, T2, 2));
        batch(scheduled(id, T1, Organizer.staff()));

        Document event = event(id);

        assertThat(event.getInteger("revision")).isEqualTo(3);
        assertThat(event.get("timing", Document.class).getInteger("revision")).isEqualTo(3);
        assertThat(event.get("timing", Document.class).getDate("startsAt").toInstant()).isEqualTo(T3);
        assertThat(event.getString("format")).isEqualTo("LECTURE");
    }

    @Test
    void aRescheduleBeforeItsScheduleKeepsItsTimeAndTheScheduleBringsTheDetails() {
        UUID id = UUID.randomUUID();
        UUID resident = UUID.randomUUID();
        batch(rescheduled(id, T2, 2));
        batch(scheduled(id, T1, Organizer.resident(resident)));

        Document event = event(id);

        assertThat(event.getInteger("revision")).isEqualTo(2);
        assertThat(event.get("timing", Document.class).getDate("startsAt").toInstant()).isEqualTo(T2);
        assertThat(event.getString("organizerKind")).isEqualTo("RESIDENT");
        assertThat(event.getString("organizerId")).isEqualTo(resident.toString());
    }

    @Test
    void aCancelIsFinalEvenBeforeANewerReschedule() {
        UUID id = UUID.randomUUID();
        batch(scheduled(id, T1, Organizer.staff()), new EventCancelled(id, "c1", "flood", T1, 2));
        batch(rescheduled(id, T3, 3));

        assertThat(event(id).getBoolean("cancelled")).isTrue();
        assertThat(reader.eventsStartingIn(YEAR_2026)).extracting(EventFacts::eventId).doesNotContain(id);
    }

    @Test
    void checkInsBeforeTheirEventAreKeptAndCountOnceItArrives() {
        UUID id = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        batch(new AttendanceRecorded(id, "c1", ann, T1), new AttendanceRecorded(id, "c1", ann, T1));
        assertThat(reader.eventsStartingIn(YEAR_2026)).extracting(EventFacts::eventId).doesNotContain(id);

        batch(scheduled(id, T1, Organizer.staff()), new AttendanceRecorded(id, "c1", bob, T1));

        assertThat(reader.eventsStartingIn(YEAR_2026)).filteredOn(e -> e.eventId().equals(id))
                .singleElement().satisfies(e -> assertThat(e.attendees()).containsExactlyInAnyOrder(ann, bob));
    }

    @Test
    void theCalendarSaysWhichCenterAnEventBelongsToNotItsCheckIns() {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        batch(new AttendanceRecorded(early, "elsewhere", UUID.randomUUID(), T1));
        batch(scheduled(early, T1, Organizer.staff()));
        batch(scheduled(late, T1, Organizer.staff()));
        batch(new AttendanceRecorded(late, "elsewhere", UUID.randomUUID(), T1));

        assertThat(event(early).getString("centerId")).isEqualTo("c1");
        assertThat(event(late).getString("centerId")).isEqualTo("c1");
    }

    @Test
    void replayingBatchesInAnyOrderChangesNoDocument() {
        UUID event = UUID.randomUUID();
        DomainEvent[] facts = {
                scheduled(event, T1, Organizer.staff()),
                new AttendanceRecorded(event, "c1", UUID.randomUUID(), T1),
                rescheduled(event, T2, 2),
                new InitiativeLaunched(UUID.randomUUID(), "c1", "Tools", InitiativeType.SHARING, UUID.randomUUID(), T1),
                new CenterRegistered("c1", "Center one", "Town", "Europe/Berlin", null)};
        batch(facts);
        List<List<Document>> before = List.of(all(ProjectionCollections.EVENTS),
                all(ProjectionCollections.INITIATIVES), all(ProjectionCollections.CENTERS));

        batch(facts);
        for (DomainEvent fact : facts) {
            batch(fact);
        }
        for (int i = facts.length - 1; i >= 0; i--) {
            batch(facts[i]);
        }

        assertThat(List.of(all(ProjectionCollections.EVENTS),
                all(ProjectionCollections.INITIATIVES), all(ProjectionCollections.CENTERS))).isEqualTo(before);
    }

    @Test
    void onlyEventsStartingInTheWindowAreLoadedWithTheirAttendees() {
        List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : events) {
            batch(scheduled(id, Instant.parse("2026-09-09T09:00:00Z"), Organizer.staff()),
                    new AttendanceRecorded(id, "c1", UUID.randomUUID(), T1));
        }
        batch(scheduled(UUID.randomUUID(), Instant.parse("2026-09-10T00:00:00Z"), Organizer.staff()));

        List<EventFacts> loaded = reader.eventsStartingIn(
                new TimeWindow(Instant.parse("2026-09-09T00:00:00Z"), Instant.parse("2026-09-10T00:00:00Z")));

        assertThat(loaded).extracting(EventFacts::eventId).containsExactlyInAnyOrderElementsOf(events);
        assertThat(loaded).allSatisfy(e -> assertThat(e.attendees()).hasSize(1));
    }

    private static ParticipantFacts participant(UUID id) {
        return reader.membership().participants().stream().filter(p -> p.participantId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theLatestConsentChangeDecidesWhetherAParticipantIsCountedWhateverTheArrivalOrder() {
        UUID withdrewLast = UUID.randomUUID();
        UUID joinedWithout = UUID.randomUUID();
        UUID gaveLater = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        batch(new ParticipantJoined(withdrewLast, "c1", T1, true), new ConsentChanged(withdrewLast, false, T3),
                new ParticipantJoined(joinedWithout, "c1", T1, false),
                new ParticipantJoined(gaveLater, "c1", T1, false), new ConsentChanged(gaveLater, true, T2),
                new ParticipantErased(erased, T2),
                new ConsentChanged(unknown, true, T2));
        batch(new ConsentChanged(withdrewLast, true, T2), new ParticipantJoined(erased, "c1", T1, true));

        assertThat(participant(withdrewLast).excluded()).as("withdrawn at T3, the T2 consent arrived later").isTrue();
        assertThat(participant(joinedWithout).excluded()).isTrue();
        assertThat(participant(gaveLater).excluded()).isFalse();
        assertThat(participant(erased).excluded()).as("erased, then its join delivered again").isTrue();
        assertThat(participant(unknown).excluded()).isFalse();
        assertThat(participant(unknown).joined()).isFalse();
        assertThat(participant(gaveLater).homeCenterId()).isEqualTo("c1");
        assertThat(participant(gaveLater).joinedAt()).isEqualTo(T1);
    }

    @Test
    void passesAndFunnelStepsAreReadBackAndReplaysChangeNothing() {
        UUID holder = UUID.randomUUID();
        UUID pass = UUID.randomUUID();
        DomainEvent[] facts = {
                new PassRenewed(pass, holder, "c1", new Money(800, "EUR"), T2, T3),
                new PassPurchased(pass, holder, "c1", UUID.randomUUID(), PassTier.BASIC, PassScope.CENTER,
                        new Money(1000, "EUR"), T1, T1, T2),
                new PassCancelled(pass, holder, "c1", new Money(300, "EUR"), T3),
                new FunnelStageChanged(holder, "c1", FunnelStage.PARTICIPANT, FunnelStage.LEADER, "5 attendees", false, T3),
                new FunnelStageChanged(holder, "c1", FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, "3 events", false, T2)};
        batch(facts);
        List<List<Document>> before = List.of(all(ProjectionCollections.PASSES), all(ProjectionCollections.FUNNEL));
        for (int i = facts.length - 1; i >= 0; i--) {
            batch(facts[i]);
        }
        batch(facts);

        assertThat(List.of(all(ProjectionCollections.PASSES), all(ProjectionCollections.FUNNEL))).isEqualTo(before);
        MembershipFacts read = reader.membership();
        assertThat(read.passes()).filteredOn(p -> p.passId().equals(pass)).singleElement().isEqualTo(new PassFacts(
                pass, "c1", holder, T1, new Money(1000, "EUR"), T1, T2,
                List.of(new PassFacts.Renewal(T2, new Money(800, "EUR"), T3)), T3, new Money(300, "EUR")));
        assertThat(read.funnelChanges()).filteredOn(f -> f.participantId().equals(holder)).containsExactlyInAnyOrder(
                new FunnelChangeFacts(holder, "c1", FunnelStage.PARTICIPANT, FunnelStage.LEADER, T3),
                new FunnelChangeFacts(holder, "c1", FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, T2));
    }

    @Test
    void theDataVersionCountsBatches() {
        long before = store.currentVersion();

        long bumped = store.bumpVersion();

        assertThat(bumped).isEqualTo(before + 1);
        assertThat(store.currentVersion()).isEqualTo(bumped);
    }

    @Test
    void theMembershipVersionCountsOnlyBatchesThatChangeWhatMembershipsSaid() {
        UUID participant = UUID.randomUUID();
        ProjectionChanges checkIns = new ProjectionChanges();
        checkIns.apply(new AttendanceRecorded(UUID.randomUUID(), "c1", participant, T1));
        ProjectionChanges joins = new ProjectionChanges();
        joins.apply(new ParticipantJoined(participant, "c1", T1, true));
        long version = store.currentVersion();
        long membershipVersion = store.currentMembershipVersion();

        store.bumpVersion(checkIns.touchesMembership());
        assertThat(store.currentVersion()).isEqualTo(version + 1);
        assertThat(store.currentMembershipVersion()).as("check-ins alone").isEqualTo(membershipVersion);

        store.bumpVersion(joins.touchesMembership());
        assertThat(store.currentVersion()).isEqualTo(version + 2);
        assertThat(store.currentMembershipVersion()).as("a participant joined").isEqualTo(membershipVersion + 1);
    }
}
