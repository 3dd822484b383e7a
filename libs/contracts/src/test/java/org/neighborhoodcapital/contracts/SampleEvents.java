package org.neighborhoodcapital.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.contracts.reporting.ImpactReportClosed;

/** Object mother: one fully populated record of every catalog type. */
final class SampleEvents {

    static final String CENTER = "north-yard";
    static final UUID EVENT = UUID.fromString("6f1c7a52-3d7e-4d8a-9a43-2b7f4f0e9a01");
    static final UUID PARTICIPANT = UUID.fromString("0b9e8d2c-1a6f-4f3e-8c5d-7e2a9b4c6d10");
    static final UUID PASS = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final Instant AT = Instant.parse("2026-03-14T16:30:00Z");

    static List<DomainEvent> all() {
        return List.of(
                new EventScheduled(EVENT, CENTER, "Tea and stories", EventFormat.TEA_PARTY, AT, AT.plusSeconds(7200), 30,
                        Organizer.resident(PARTICIPANT), 500, "EUR", UUID.fromString("11111111-2222-4333-8444-555555555555"), 1),
                new EventRescheduled(EVENT, CENTER, AT.plusSeconds(86400), AT.plusSeconds(93600), 2),
                new EventCancelled(EVENT, CENTER, "heating failure", AT, 3),
                new RegistrationMade(UUID.fromString("22222222-3333-4444-8555-666666666666"), EVENT, CENTER, PARTICIPANT,
                        RegistrationStatus.WAITLISTED, 2, false, AT),
                new RegistrationCancelled(UUID.fromString("22222222-3333-4444-8555-666666666666"), EVENT, CENTER, PARTICIPANT, AT),
                new AttendanceRecorded(EVENT, CENTER, PARTICIPANT, AT),
                new InitiativeLaunched(UUID.fromString("11111111-2222-4333-8444-555555555555"), CENTER, "Tool library",
                        InitiativeType.SHARING, PARTICIPANT, AT),
                new CenterRegistered(CENTER, "North Yard", "Kazan", "Europe/Moscow", new Money(1_200_000_00L, "RUB")),
                new ParticipantJoined(PARTICIPANT, CENTER, AT, true),
                new ConsentChanged(PARTICIPANT, false, AT),
                new ParticipantErased(PARTICIPANT, AT),
                new PassPurchased(PASS, PARTICIPANT, CENTER, UUID.fromString("33333333-4444-4555-8666-777777777777"),
                        PassTier.STANDARD, PassScope.CENTER, new Money(3000_00, "RUB"), AT, AT, AT.plusSeconds(30L * 86400)),
                new PassRenewed(PASS, PARTICIPANT, CENTER, new Money(3000_00, "RUB"), AT, AT.plusSeconds(60L * 86400)),
                new PassCancelled(PASS, PARTICIPANT, CENTER, new Money(1500_00, "RUB"), AT),
                new PassExpired(PASS, PARTICIPANT, CENTER, AT),
                new FunnelStageChanged(PARTICIPANT, CENTER, FunnelStage.NEIGHBOR, FunnelStage.INITIATOR,
                        "launched an initiative", false, AT),
                new SubjectivityAssessed(UUID.fromString("44444444-5555-4666-8777-888888888888"), PARTICIPANT, "1", AT,
                        Map.of("BELONGING", 75.0, "AGENCY", 62.5, "RESPONSIBILITY", 50.0, "COOPERATION", 87.5,
                                "INITIATIVE", 41.66666666666667, "LEADERSHIP", 25.0, "OPENNESS", 100.0),
                        63.095238095238095),
                new CenterModelAssessed(UUID.fromString("55555555-6666-4777-8888-999999999999"), CENTER,
                        OrganizationType.CENTER, AssessorRole.SELF, AT, List.of(-3, -2, -1, 0, 1, 2, 3, -2, 0, -3)),
                new ImpactReportClosed(2026, 1, "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", AT));
    }

    static Envelope<DomainEvent> envelopeOf(DomainEvent event) {
        return Envelope.withId(Envelope.deterministicId("sample", event.getClass().getSimpleName()),
                "/neighborhood-capital/test", AT, "sample", event);
    }

    private SampleEvents() {
    }
}
