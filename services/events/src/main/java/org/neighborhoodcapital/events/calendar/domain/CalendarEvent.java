package org.neighborhoodcapital.events.calendar.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.events.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * An event on a center's calendar, with its registrations: the places taken ({@code confirmed}, in
 * the order they were given) and the ordered {@code waitlist}. The whole event is one consistency
 * unit, so that taking the last place, or freeing one and promoting the first waitlisted
 * participant into it, is a single change.
 *
 * <p>Immutable: every operation returns a {@link Change} with the new state and the facts to
 * announce. {@code revision} is 1 when scheduled and grows with each reschedule or cancellation
 * (registrations do not change the calendar entry, so they do not bump it).
 *
 * @param withdrawn ids of registrations that were withdrawn, so that withdrawing twice is harmless
 * @param updatedAt when the calendar entry (not its registrations) last changed
 */
public record CalendarEvent(
        UUID eventId,
        String centerId,
        String title,
        EventFormat format,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        Organizer organizer,
        long priceMinor,
        String currency,
        UUID initiativeId,
        EventStatus status,
        int revision,
        String cancelReason,
        Instant cancelledAt,
        Instant updatedAt,
        List<Registration> confirmed,
        List<Registration> waitlist,
        List<UUID> withdrawn) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 500;
    /** Places per event; with the waitlist it bounds the size of the event's document. */
    public static final int MAX_CAPACITY = 10_000;
    public static final int MAX_WAITLIST = 10_000;
    public static final long MAX_PRICE_MINOR = 1_000_000_000_000L;
    public static final String DEFAULT_CURRENCY = "EUR";

    private static final Pattern CURRENCY_CODE = Pattern.compile("^[A-Z]{3}$");
    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    public CalendarEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(status, "status");
        confirmed = List.copyOf(confirmed);
        waitlist = List.copyOf(waitlist);
        withdrawn = List.copyOf(withdrawn);
    }

    /**
     * Puts a new event on the calendar (revision 1).
     *
     * @throws DomainException (INVALID) naming every field that is missing or wrong
     */
    public static Change schedule(UUID eventId, NewEvent draft, Instant now) {
        CenterId.require(draft.centerId());
        Violations violations = new Violations();
        violations.text(draft.title(), "title", MAX_TITLE_LENGTH);
        violations.require(draft.format(), "format");
        checkTimes(draft.startsAt(), draft.endsAt(), violations);
        if (violations.require(draft.capacity(), "capacity")
                && (draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY)) {
            violations.add("capacity", "must be between 1 and " + MAX_CAPACITY);
        }
        Organizer organizer = checkOrganizer(draft.organizer(), violations);
        long priceMinor = draft.priceMinor() == null ? 0 : draft.priceMinor();
        if (priceMinor < 0 || priceMinor > MAX_PRICE_MINOR) {
            violations.add("priceMinor", "must be between 0 and " + MAX_PRICE_MINOR);
        }
        String currency = draft.currency() == null ? DEFAULT_CURRENCY : draft.currency();
        if (!CURRENCY_CODE.matcher(currency).matches() || !ISO_4217.contains(currency)) {
            violations.add("currency", "must be an ISO 4217 code of three capital letters, such as EUR");
        }
        violations.throwIfAny();

        CalendarEvent event = new CalendarEvent(eventId, draft.centerId(), draft.title(), draft.format(),
                draft.startsAt(), draft.endsAt(), draft.capacity(), organizer, priceMinor, currency,
                draft.initiativeId(), EventStatus.SCHEDULED, 1, null, null, now, List.of(), List.of(), List.of());
        return new Change(event, List.of(event.scheduled()));
    }

    /**
     * Moves the event (revision + 1). Moving it to the times it already has changes nothing.
     *
     * @throws DomainException INVALID for missing or inverted times, CONFLICT when cancelled
     */
    public Change reschedule(Instant newStartsAt, Instant newEndsAt, Instant now) {
        Violations violations = new Violations();
        checkTimes(newStartsAt, newEndsAt, violations);
        violations.throwIfAny();
        requireScheduled("reschedule");
        if (newStartsAt.equals(startsAt) && newEndsAt.equals(endsAt)) {
            return Change.none(this);
        }
        CalendarEvent moved = new CalendarEvent(eventId, centerId, title, format, newStartsAt, newEndsAt, capacity,
                organizer, priceMinor, currency, initiativeId, status, revision + 1, cancelReason, cancelledAt, now,
                confirmed, waitlist, withdrawn);
        return new Change(moved, List.of(new EventRescheduled(eventId, centerId, newStartsAt, newEndsAt, moved.revision)));
    }

    /**
     * Cancels the event (revision + 1); cancelling a cancelled event changes nothing. Registrations
     * are kept as they are: a cancelled event promotes nobody.
     *
     * @throws DomainException INVALID when the reason is too long
     */
    public Change cancel(String reason, Instant now) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw DomainException.invalid("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        if (status == EventStatus.CANCELLED) {
            return Change.none(this);
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason;
        CalendarEvent cancelled = new CalendarEvent(eventId, centerId, title, format, startsAt, endsAt, capacity,
                organizer, priceMinor, currency, initiativeId, EventStatus.CANCELLED, revision + 1, cleanReason, now, now,
                confirmed, waitlist, withdrawn);
        return new Change(cancelled, List.of(new EventCancelled(eventId, centerId, cleanReason, now, cancelled.revision)));
    }

    /**
     * Registers a participant: a free place confirms them, otherwise they join the end of the
     * waitlist. A participant who is already registered keeps their registration (nothing changes).
     *
     * @throws DomainException CONFLICT when the event is cancelled or its waitlist is full
     */
    public Registered register(UUID registrationId, UUID participantId, Instant now) {
        Objects.requireNonNull(participantId, "participantId");
        Optional<RegistrationSlot> existing = slotOfParticipant(participantId);
        if (existing.isPresent()) {
            return new Registered(existing.get(), false, Change.none(this));
        }
        requireScheduled("register for");
        Registration registration = new Registration(registrationId, participantId, now);
        if (confirmed.size() < capacity) {
            CalendarEvent next = withRegistrations(append(confirmed, registration), waitlist, withdrawn);
            RegistrationSlot slot = new RegistrationSlot(registrationId, eventId, participantId, RegistrationStatus.CONFIRMED, null);
            return new Registered(slot, true, new Change(next, List.of(made(registration, RegistrationStatus.CONFIRMED, null, false))));
        }
        if (waitlist.size() >= MAX_WAITLIST) {
            throw DomainException.conflict("eventId", "the event is full and its waitlist holds " + MAX_WAITLIST + " registrations");
        }
        CalendarEvent next = withRegistrations(confirmed, append(waitlist, registration), withdrawn);
        int position = next.waitlist.size();
        RegistrationSlot slot = new RegistrationSlot(registrationId, eventId, participantId, RegistrationStatus.WAITLISTED, position);
        return new Registered(slot, true, new Change(next, List.of(made(registration, RegistrationStatus.WAITLISTED, position, false))));
    }

    /**
     * Withdraws a registration. A freed place goes to the first waitlisted participant (unless the
     * event is cancelled), announced as CONFIRMED with {@code promotedFromWaitlist = true} right
     * after the cancellation. Withdrawing a withdrawn registration changes nothing.
     *
     * @throws DomainException NOT_FOUND when the event has no such registration
     */
    public Change withdraw(UUID registrationId, Instant now) {
        if (withdrawn.contains(registrationId)) {
            return Change.none(this);
        }
        List<DomainEvent> facts = new ArrayList<>();
        List<Registration> nextConfirmed = new ArrayList<>(confirmed);
        List<Registration> nextWaitlist = new ArrayList<>(waitlist);
        Registration leaving = find(confirmed, registrationId);
        if (leaving != null) {
            nextConfirmed.remove(leaving);
        } else {
            leaving = find(waitlist, registrationId);
            if (leaving == null) {
                throw DomainException.notFound("registrationId", "no registration " + registrationId + " for event " + eventId);
            }
            nextWaitlist.remove(leaving);
        }
        facts.add(new RegistrationCancelled(registrationId, eventId, centerId, leaving.participantId(), now));
        if (status == EventStatus.SCHEDULED) {
            while (nextConfirmed.size() < capacity && !nextWaitlist.isEmpty()) {
                Registration promoted = nextWaitlist.removeFirst();
                nextConfirmed.add(promoted);
                facts.add(made(promoted, RegistrationStatus.CONFIRMED, null, true));
            }
        }
        CalendarEvent next = withRegistrations(nextConfirmed, nextWaitlist, append(withdrawn, registrationId));
        return new Change(next, facts);
    }

    /** The registration of a participant who is registered (confirmed or waitlisted). */
    public Optional<RegistrationSlot> slotOfParticipant(UUID participantId) {
        for (Registration r : confirmed) {
            if (r.participantId().equals(participantId)) {
                return Optional.of(new RegistrationSlot(r.registrationId(), eventId, participantId, RegistrationStatus.CONFIRMED, null));
            }
        }
        for (int i = 0; i < waitlist.size(); i++) {
            Registration r = waitlist.get(i);
            if (r.participantId().equals(participantId)) {
                return Optional.of(new RegistrationSlot(r.registrationId(), eventId, participantId, RegistrationStatus.WAITLISTED, i + 1));
            }
        }
        return Optional.empty();
    }

    /** A registration that is held now (confirmed or waitlisted). */
    public Optional<RegistrationSlot> slotOfRegistration(UUID registrationId) {
        for (Registration r : confirmed) {
            if (r.registrationId().equals(registrationId)) {
                return slotOfParticipant(r.participantId());
            }
        }
        for (Registration r : waitlist) {
            if (r.registrationId().equals(registrationId)) {
                return slotOfParticipant(r.participantId());
            }
        }
        return Optional.empty();
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** The fact that announces this event as it is now (as scheduled, at its current revision). */
    public EventScheduled scheduled() {
        return new EventScheduled(eventId, centerId, title, format, startsAt, endsAt, capacity, organizer, priceMinor,
                currency, initiativeId, revision);
    }

    private RegistrationMade made(Registration registration, RegistrationStatus status, Integer position, boolean promoted) {
        return new RegistrationMade(registration.registrationId(), eventId, centerId, registration.participantId(), status,
                position, promoted, registration.registeredAt());
    }

    private void requireScheduled(String what) {
        if (status == EventStatus.CANCELLED) {
            throw DomainException.conflict("eventId", "event " + eventId + " is cancelled: cannot " + what + " it");
        }
    }

    private CalendarEvent withRegistrations(List<Registration> nextConfirmed, List<Registration> nextWaitlist, List<UUID> nextWithdrawn) {
        return new CalendarEvent(eventId, centerId, title, format, startsAt, endsAt, capacity, organizer, priceMinor,
                currency, initiativeId, status, revision, cancelReason, cancelledAt, updatedAt,
                nextConfirmed, nextWaitlist, nextWithdrawn);
    }

    private static void checkTimes(Instant startsAt, Instant endsAt, Violations violations) {
        boolean both = violations.require(startsAt, "startsAt") & violations.require(endsAt, "endsAt");
        if (both && !endsAt.isAfter(startsAt)) {
            violations.add("endsAt", "must be after startsAt");
        }
    }

    private static Organizer checkOrganizer(NewEvent.OrganizerInput input, Violations violations) {
        if (!violations.require(input, "organizer") || !violations.require(input.kind(), "organizer.kind")) {
            return null;
        }
        if (input.kind() == OrganizerKind.RESIDENT && input.participantId() == null) {
            violations.add("organizer.participantId", "is required when the organizer is a RESIDENT");
            return null;
        }
        if (input.kind() == OrganizerKind.STAFF && input.participantId() != null) {
            violations.add("organizer.participantId", "must be absent when the organizer is STAFF");
            return null;
        }
        return new Organizer(input.kind(), input.participantId());
    }

    private static Registration find(List<Registration> registrations, UUID registrationId) {
        for (Registration r : registrations) {
            if (r.registrationId().equals(registrationId)) {
                return r;
            }
        }
        return null;
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(element);
        return copy;
    }
}
