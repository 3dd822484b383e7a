package org.neighborhoodcapital.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.simulator.NetworkSimulator;
import org.neighborhoodcapital.simulator.NetworkSpec;
import org.neighborhoodcapital.simulator.ParticipantProfile;
import org.neighborhoodcapital.simulator.PassPlan;
import org.neighborhoodcapital.simulator.SelfAssessment;
import org.neighborhoodcapital.simulator.SimulatedNetwork;

/**
 * The demo network ({@link NetworkSpec#demo}) as the seeder feeds it: the simulator's network, with
 * its streams materialized (a demo is a few thousand records) and the figures the report should show
 * once it has caught up. The simulator's ids (participants, events, initiatives, plans, passes) are
 * its own; the services assign theirs, and {@link DemoSeeder} maps one to the other.
 */
record DemoNetwork(
        SimulatedNetwork simulated,
        List<Envelope<RegistrationMade>> registrations,
        List<Envelope<AttendanceRecorded>> checkIns) {

    static DemoNetwork generate(long seed, LocalDate today) {
        return of(NetworkSimulator.generate(NetworkSpec.demo(seed, today)));
    }

    static DemoNetwork of(SimulatedNetwork simulated) {
        return new DemoNetwork(simulated, simulated.registrations().toList(), simulated.checkIns().toList());
    }

    long seed() {
        return simulated.spec().seed();
    }

    int currentYear() {
        return simulated.spec().year();
    }

    List<Envelope<CenterRegistered>> centers() {
        return simulated.centers();
    }

    List<ParticipantProfile> participants() {
        return simulated.participantProfiles();
    }

    List<PassPlan> passPlans() {
        return simulated.passPlans();
    }

    List<Envelope<? extends DomainEvent>> passes() {
        return simulated.passes();
    }

    List<Envelope<InitiativeLaunched>> initiatives() {
        return simulated.initiatives();
    }

    List<Envelope<EventScheduled>> events() {
        return simulated.events();
    }

    List<Envelope<EventRescheduled>> reschedules() {
        return simulated.reschedules();
    }

    List<Envelope<EventCancelled>> cancellations() {
        return simulated.cancellations();
    }

    List<SelfAssessment> selfAssessments() {
        return simulated.selfAssessments();
    }

    List<Envelope<CenterModelAssessed>> modelCheckups() {
        return simulated.modelCheckups();
    }

    ZoneId zoneOf(String centerId) {
        return simulated.zoneOf(centerId);
    }

    /** Participants with at least one self-assessment. */
    long selfAssessingParticipants() {
        return selfAssessments().stream().map(SelfAssessment::participantId).distinct().count();
    }

    /** Participants who joined in the year (their home center's time zone). */
    long joinedIn(int year) {
        return participants().stream().filter(p -> p.joinedAt().atZone(zoneOf(p.homeCenterId())).getYear() == year).count();
    }

    long paidEvents() {
        return events().stream().filter(e -> e.data().priceMinor() > 0).count();
    }

    long residentOrganizedEvents() {
        return events().stream().filter(e -> e.data().organizer().kind() == OrganizerKind.RESIDENT).count();
    }

    /**
     * What the impact report should show for the year once it has caught up: attendances of the
     * participants who gave research consent (the report leaves the others out of every participant
     * figure), at events held in the year (local date of the final start, not cancelled).
     */
    long reportedAttendancesIn(int year) {
        Set<UUID> consenting = new HashSet<>();
        participants().stream().filter(ParticipantProfile::researchConsent).forEach(p -> consenting.add(p.participantId()));
        return attendances(year, checkIn -> consenting.contains(checkIn.participantId()));
    }

    /** Participants with research consent who joined in the year: the report's newParticipants. */
    long reportedNewParticipantsIn(int year) {
        return participants().stream()
                .filter(p -> p.researchConsent() && p.joinedAt().atZone(zoneOf(p.homeCenterId())).getYear() == year)
                .count();
    }

    /** Attendances of events held in the year: one per person and event. */
    long attendancesIn(int year) {
        return attendances(year, checkIn -> true);
    }

    private long attendances(int year, Predicate<AttendanceRecorded> counted) {
        Map<UUID, java.time.Instant> starts = new HashMap<>();
        Map<UUID, String> centers = new HashMap<>();
        events().forEach(e -> {
            starts.put(e.data().eventId(), e.data().startsAt());
            centers.put(e.data().eventId(), e.data().centerId());
        });
        reschedules().forEach(e -> starts.put(e.data().eventId(), e.data().startsAt()));
        cancellations().forEach(e -> starts.remove(e.data().eventId()));
        return checkIns.stream()
                .map(Envelope::data)
                .filter(checkIn -> {
                    java.time.Instant start = starts.get(checkIn.eventId());
                    return start != null && start.atZone(zoneOf(centers.get(checkIn.eventId()))).getYear() == year
                            && counted.test(checkIn);
                })
                .map(checkIn -> checkIn.eventId() + "/" + checkIn.participantId())
                .distinct()
                .count();
    }
}
