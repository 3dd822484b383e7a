package org.neighborhoodcapital.reporting.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;

class ProjectionChangesTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID RESIDENT = UUID.randomUUID();
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-05-01T10:00:00Z");

    private static EventScheduled scheduled() {
        return new EventScheduled(EVENT, "c1", "Tea", EventFormat.TEA_PARTY, T1, T1.plusSeconds(3600), 20,
                Organizer.resident(RESIDENT), 500, "EUR", null, 1);
    }

    private static EventRescheduled rescheduled(Instant to, int revision) {
        return new EventRescheduled(EVENT, "c1", to, to.plusSeconds(3600), revision);
    }

    @Test
    void aBatchKeepsTheTimingOfTheNewestRevisionWhateverTheOrder() {
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(rescheduled(T3, 3));
        changes.apply(scheduled());
        changes.apply(rescheduled(T2, 2));

        EventChange change = changes.events().iterator().next();

        assertThat(changes.events()).hasSize(1);
        assertThat(change.timing()).isEqualTo(new EventTiming(3, T3, T3.plusSeconds(3600)));
        assertThat(change.details().organizerId()).isEqualTo(RESIDENT);
        assertThat(change.cancelled()).isFalse();
    }

    @Test
    void aCancelInTheBatchIsKeptWithTheTiming() {
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(scheduled());
        changes.apply(new EventCancelled(EVENT, "c1", "rain", T2, 2));

        EventChange change = changes.events().iterator().next();

        assertThat(change.cancelled()).isTrue();
        assertThat(change.timing().revision()).isEqualTo(1);
        assertThat(change.newestRevision()).isEqualTo(2);
    }

    @Test
    void checkInsOfOneEventBecomeOneSetWithoutDuplicates() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(new AttendanceRecorded(EVENT, "c1", ann, T1));
        changes.apply(new AttendanceRecorded(EVENT, "c1", bob, T1));
        changes.apply(new AttendanceRecorded(EVENT, "c1", ann, T1.plusSeconds(60)));

        assertThat(changes.events()).singleElement().satisfies(e -> {
            assertThat(e.attendees()).containsExactly(ann, bob);
            assertThat(e.timing()).as("check-ins alone do not place the event").isNull();
            assertThat(e.newestRevision()).isZero();
        });
        assertThat(changes.attendeesAdded()).isEqualTo(2);
    }

    @Test
    void aCheckInNamesTheCenterOnlyUntilTheCalendarDoes() {
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(new AttendanceRecorded(EVENT, "elsewhere", UUID.randomUUID(), T1));
        EventChange onlyCheckIns = changes.events().iterator().next();
        assertThat(onlyCheckIns.centerId()).isNull();
        assertThat(onlyCheckIns.checkInCenterId()).isEqualTo("elsewhere");

        changes.apply(scheduled());

        assertThat(changes.events().iterator().next().centerId()).isEqualTo("c1");
    }

    @Test
    void theLatestRegistrationOfACenterWins() {
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(new CenterRegistered("c1", "Old", "Town", "UTC", null));
        changes.apply(new CenterRegistered("c1", "New", "Town", "Asia/Tokyo", new Money(100_000, "JPY")));

        assertThat(changes.centers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("New");
            assertThat(c.timezone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(c.operatingBudgetMinor()).isEqualTo(100_000L);
        });
    }

    @Test
    void aCenterWithAnUnknownTimeZoneIsRefusedNamingTheZone() {
        ProjectionChanges changes = new ProjectionChanges();

        assertThatThrownBy(() -> changes.apply(new CenterRegistered("c1", "X", "Y", "Mars/Olympus", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mars/Olympus");
        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void factsThisProjectionDoesNotKeepAreIgnored() {
        ProjectionChanges changes = new ProjectionChanges();

        boolean kept = changes.apply(new RegistrationCancelled(UUID.randomUUID(), EVENT, "c1", UUID.randomUUID(), T1));
        changes.apply(new InitiativeLaunched(UUID.randomUUID(), "c1", "Tools", InitiativeType.SHARING, RESIDENT, T1));

        assertThat(kept).isFalse();
        assertThat(changes.ignored()).isEqualTo(1);
        assertThat(changes.applied()).isEqualTo(1);
        assertThat(changes.initiatives()).hasSize(1);
    }

    @Test
    void aWithdrawalWinsOverAConsentGivenAtTheSameInstantAndTheLatestChangeWinsOtherwise() {
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(new ConsentChanged(ann, false, T1));
        changes.apply(new ConsentChanged(ann, true, T1));
        changes.apply(new ConsentChanged(bob, false, T1));
        changes.apply(new ConsentChanged(bob, true, T2));

        assertThat(changes.participants()).extracting(ParticipantChange::consentWithdrawn).containsExactly(true, false);
        assertThat(changes.participants()).extracting(ParticipantChange::consentChangedAt).containsExactly(T1, T2);
    }

    @Test
    void aRedeliveredRenewalOrFunnelStepIsKeptOnce() {
        UUID holder = UUID.randomUUID();
        UUID pass = UUID.randomUUID();
        PassRenewed renewal = new PassRenewed(pass, holder, "c1", new Money(800, "EUR"), T2, T3);
        FunnelStageChanged step = new FunnelStageChanged(holder, "c1", FunnelStage.NEIGHBOR, FunnelStage.INITIATOR, "organized", false, T2);
        ProjectionChanges changes = new ProjectionChanges();
        changes.apply(renewal);
        changes.apply(step);
        changes.apply(renewal);
        changes.apply(step);
        changes.apply(new PassExpired(pass, holder, "c1", T3));

        assertThat(changes.passes()).singleElement().satisfies(p -> {
            assertThat(p.renewals()).containsExactly(renewal);
            assertThat(p.purchase()).isNull();
            assertThat(p.centerId()).isEqualTo("c1");
        });
        assertThat(changes.funnelSteps().get(holder)).containsExactly(step);
        assertThat(changes.ignored()).as("expiry is read from validUntil").isEqualTo(1);
    }

    @Test
    void aReannouncedAssessmentOrCheckupIsKeptOnceByItsAssessmentId() {
        UUID assessment = UUID.randomUUID();
        SubjectivityAssessed scored = new SubjectivityAssessed(assessment, RESIDENT, "1", T1, Map.of("AGENCY", 75.0), 62.5);
        UUID checkupId = UUID.randomUUID();
        CenterModelAssessed checkup = new CenterModelAssessed(checkupId, "c1", OrganizationType.CENTER, AssessorRole.SELF, T2,
                Collections.nCopies(10, -2));
        ProjectionChanges changes = new ProjectionChanges();

        assertThat(changes.apply(scored)).isTrue();
        assertThat(changes.apply(scored)).isTrue();
        assertThat(changes.apply(checkup)).isTrue();
        assertThat(changes.apply(checkup)).isTrue();

        assertThat(changes.assessments()).containsExactly(scored);
        assertThat(changes.checkups()).containsExactly(checkup);
        assertThat(changes.isEmpty()).isFalse();
    }
}
