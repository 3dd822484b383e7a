package org.neighborhoodcapital.events.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighborhoodcapital.events.fixtures.NewEvents.NOW;
import static org.neighborhoodcapital.events.fixtures.NewEvents.aLectureFor;
import static org.neighborhoodcapital.events.fixtures.NewEvents.scheduled;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.platform.domain.DomainException;

class RegistrationAndWaitlistTest {

    private final UUID ann = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID cid = UUID.randomUUID();
    private final UUID dan = UUID.randomUUID();

    private static Registered register(CalendarEvent event, UUID participant) {
        return event.register(UUID.randomUUID(), participant, NOW);
    }

    /** Registers the participants in turn and returns the event afterwards. */
    private static CalendarEvent registerAll(CalendarEvent event, UUID... participants) {
        for (UUID p : participants) {
            event = register(event, p).change().event();
        }
        return event;
    }

    @Test
    void registrationsTakePlacesUntilTheEventIsFullThenJoinTheWaitlistInOrder() {
        CalendarEvent event = scheduled(aLectureFor(2));

        Registered first = register(event, ann);
        CalendarEvent afterTwo = registerAll(first.change().event(), bob);
        Registered third = register(afterTwo, cid);
        Registered fourth = register(third.change().event(), dan);

        assertThat(first.slot().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(first.slot().waitlistPosition()).isNull();
        assertThat(third.slot().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(third.slot().waitlistPosition()).isEqualTo(1);
        assertThat(fourth.slot().waitlistPosition()).isEqualTo(2);
        assertThat(fourth.change().facts()).singleElement().isInstanceOfSatisfying(RegistrationMade.class, made -> {
            assertThat(made.status()).isEqualTo(RegistrationStatus.WAITLISTED);
            assertThat(made.waitlistPosition()).isEqualTo(2);
            assertThat(made.promotedFromWaitlist()).isFalse();
        });
    }

    @Test
    void registeringTwiceKeepsTheFirstRegistrationAndAnnouncesNothing() {
        Registered first = register(scheduled(aLectureFor(5)), ann);

        Registered again = register(first.change().event(), ann);

        assertThat(again.created()).isFalse();
        assertThat(again.slot().registrationId()).isEqualTo(first.slot().registrationId());
        assertThat(again.change().changed()).isFalse();
        assertThat(again.change().event().confirmed()).hasSize(1);
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaitlistedAnnouncedRightAfterTheCancellation() {
        CalendarEvent full = registerAll(scheduled(aLectureFor(2)), ann, bob, cid, dan);
        UUID annRegistration = full.slotOfParticipant(ann).orElseThrow().registrationId();
        UUID cidRegistration = full.slotOfParticipant(cid).orElseThrow().registrationId();

        Change change = full.withdraw(annRegistration, NOW.plusSeconds(60));

        List<DomainEvent> facts = change.facts();
        assertThat(facts).hasSize(2);
        assertThat(facts.get(0)).isInstanceOfSatisfying(RegistrationCancelled.class,
                c -> assertThat(c.registrationId()).isEqualTo(annRegistration));
        assertThat(facts.get(1)).isInstanceOfSatisfying(RegistrationMade.class, made -> {
            assertThat(made.registrationId()).isEqualTo(cidRegistration);
            assertThat(made.participantId()).isEqualTo(cid);
            assertThat(made.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(made.waitlistPosition()).isNull();
            assertThat(made.promotedFromWaitlist()).isTrue();
        });
        CalendarEvent after = change.event();
        assertThat(after.confirmed()).extracting(Registration::participantId).containsExactly(bob, cid);
        assertThat(after.slotOfParticipant(dan).orElseThrow().waitlistPosition()).isEqualTo(1);
    }

    @Test
    void promotionsFollowTheOrderOfTheWaitlist() {
        CalendarEvent event = registerAll(scheduled(aLectureFor(1)), ann, bob, cid, dan);

        List<UUID> promoted = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID holder = event.confirmed().getFirst().registrationId();
            Change change = event.withdraw(holder, NOW);
            change.facts().stream().filter(RegistrationMade.class::isInstance).map(RegistrationMade.class::cast)
                    .forEach(made -> promoted.add(made.participantId()));
            event = change.event();
        }

        assertThat(promoted).containsExactly(bob, cid, dan);
        assertThat(event.waitlist()).isEmpty();
    }

    @Test
    void leavingTheWaitlistMovesThoseBehindUpWithoutPromotingAnyone() {
        CalendarEvent event = registerAll(scheduled(aLectureFor(1)), ann, bob, cid);
        UUID bobRegistration = event.slotOfParticipant(bob).orElseThrow().registrationId();

        Change change = event.withdraw(bobRegistration, NOW);

        assertThat(change.facts()).singleElement().isInstanceOf(RegistrationCancelled.class);
        assertThat(change.event().slotOfParticipant(cid).orElseThrow().waitlistPosition()).isEqualTo(1);
        assertThat(change.event().confirmed()).extracting(Registration::participantId).containsExactly(ann);
    }

    @Test
    void withdrawingTwiceChangesNothingTheSecondTime() {
        CalendarEvent event = registerAll(scheduled(aLectureFor(3)), ann);
        UUID registration = event.slotOfParticipant(ann).orElseThrow().registrationId();
        CalendarEvent after = event.withdraw(registration, NOW).event();

        assertThat(after.withdraw(registration, NOW).changed()).isFalse();
        assertThat(after.slotOfParticipant(ann)).isEmpty();
    }

    @Test
    void withdrawingAnUnknownRegistrationIsNotFound() {
        CalendarEvent event = scheduled(aLectureFor(3));

        assertThatThrownBy(() -> event.withdraw(UUID.randomUUID(), NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aCancelledEventTakesNoRegistrationsAndPromotesNobody() {
        CalendarEvent event = registerAll(scheduled(aLectureFor(1)), ann, bob);
        CalendarEvent cancelled = event.cancel(null, NOW).event();
        UUID annRegistration = cancelled.slotOfParticipant(ann).orElseThrow().registrationId();

        assertThatThrownBy(() -> register(cancelled, cid)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        Change withdrawal = cancelled.withdraw(annRegistration, NOW);
        assertThat(withdrawal.facts()).singleElement().isInstanceOf(RegistrationCancelled.class);
        assertThat(withdrawal.event().waitlist()).extracting(Registration::participantId).containsExactly(bob);
    }

    @Test
    void registrationsDoNotChangeTheCalendarRevision() {
        CalendarEvent event = registerAll(scheduled(aLectureFor(1)), ann, bob);

        assertThat(event.revision()).isEqualTo(1);
    }
}
