package org.neighborhoodcapital.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.reporting.ImpactReportClosed;

/** The published language: every record type with its versioned name and topic. */
public final class EventCatalog {

    public static final EventType<EventScheduled> EVENT_SCHEDULED = type("nc.events.EventScheduled.v1", Topics.EVENTS_CALENDAR, EventScheduled.class);
    public static final EventType<EventRescheduled> EVENT_RESCHEDULED = type("nc.events.EventRescheduled.v1", Topics.EVENTS_CALENDAR, EventRescheduled.class);
    public static final EventType<EventCancelled> EVENT_CANCELLED = type("nc.events.EventCancelled.v1", Topics.EVENTS_CALENDAR, EventCancelled.class);
    public static final EventType<RegistrationMade> REGISTRATION_MADE = type("nc.events.RegistrationMade.v1", Topics.EVENTS_REGISTRATIONS, RegistrationMade.class);
    public static final EventType<RegistrationCancelled> REGISTRATION_CANCELLED = type("nc.events.RegistrationCancelled.v1", Topics.EVENTS_REGISTRATIONS, RegistrationCancelled.class);
    public static final EventType<AttendanceRecorded> ATTENDANCE_RECORDED = type("nc.events.AttendanceRecorded.v1", Topics.EVENTS_ATTENDANCE, AttendanceRecorded.class);
    public static final EventType<InitiativeLaunched> INITIATIVE_LAUNCHED = type("nc.events.InitiativeLaunched.v1", Topics.EVENTS_INITIATIVES, InitiativeLaunched.class);

    public static final EventType<CenterRegistered> CENTER_REGISTERED = type("nc.memberships.CenterRegistered.v1", Topics.MEMBERSHIPS_CENTERS, CenterRegistered.class);
    public static final EventType<ParticipantJoined> PARTICIPANT_JOINED = type("nc.memberships.ParticipantJoined.v1", Topics.MEMBERSHIPS_PARTICIPANTS, ParticipantJoined.class);
    public static final EventType<ConsentChanged> CONSENT_CHANGED = type("nc.memberships.ConsentChanged.v1", Topics.MEMBERSHIPS_PARTICIPANTS, ConsentChanged.class);
    public static final EventType<ParticipantErased> PARTICIPANT_ERASED = type("nc.memberships.ParticipantErased.v1", Topics.MEMBERSHIPS_PARTICIPANTS, ParticipantErased.class);
    public static final EventType<PassPurchased> PASS_PURCHASED = type("nc.memberships.PassPurchased.v1", Topics.MEMBERSHIPS_PASSES, PassPurchased.class);
    public static final EventType<PassRenewed> PASS_RENEWED = type("nc.memberships.PassRenewed.v1", Topics.MEMBERSHIPS_PASSES, PassRenewed.class);
    public static final EventType<PassCancelled> PASS_CANCELLED = type("nc.memberships.PassCancelled.v1", Topics.MEMBERSHIPS_PASSES, PassCancelled.class);
    public static final EventType<PassExpired> PASS_EXPIRED = type("nc.memberships.PassExpired.v1", Topics.MEMBERSHIPS_PASSES, PassExpired.class);
    public static final EventType<FunnelStageChanged> FUNNEL_STAGE_CHANGED = type("nc.memberships.FunnelStageChanged.v1", Topics.MEMBERSHIPS_FUNNEL, FunnelStageChanged.class);

    public static final EventType<SubjectivityAssessed> SUBJECTIVITY_ASSESSED = type("nc.assessments.SubjectivityAssessed.v1", Topics.ASSESSMENTS_SUBJECTIVITY, SubjectivityAssessed.class);
    public static final EventType<CenterModelAssessed> CENTER_MODEL_ASSESSED = type("nc.assessments.CenterModelAssessed.v1", Topics.ASSESSMENTS_MODEL_CHECKUPS, CenterModelAssessed.class);

    public static final EventType<ImpactReportClosed> IMPACT_REPORT_CLOSED = type("nc.reporting.ImpactReportClosed.v1", Topics.REPORTING_REPORTS, ImpactReportClosed.class);

    public static final List<EventType<?>> ALL = List.of(
            EVENT_SCHEDULED, EVENT_RESCHEDULED, EVENT_CANCELLED, REGISTRATION_MADE, REGISTRATION_CANCELLED,
            ATTENDANCE_RECORDED, INITIATIVE_LAUNCHED,
            CENTER_REGISTERED, PARTICIPANT_JOINED, CONSENT_CHANGED, PARTICIPANT_ERASED,
            PASS_PURCHASED, PASS_RENEWED, PASS_CANCELLED, PASS_EXPIRED, FUNNEL_STAGE_CHANGED,
            SUBJECTIVITY_ASSESSED, CENTER_MODEL_ASSESSED,
            IMPACT_REPORT_CLOSED);

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::recordClass, Function.identity()));

    public static Optional<EventType<?>> byTypeName(String type) {
        return Optional.ofNullable(BY_NAME.get(type));
    }

    @SuppressWarnings("unchecked")
    public static <T extends DomainEvent> EventType<T> typeOf(Class<T> recordClass) {
        EventType<?> type = BY_CLASS.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException(recordClass.getName() + " is not in the event catalog");
        }
        return (EventType<T>) type;
    }

    /** The record types published on one topic. */
    public static List<EventType<?>> onTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    private static <T extends DomainEvent> EventType<T> type(String name, String topic, Class<T> recordClass) {
        return new EventType<>(name, topic, recordClass);
    }

    private EventCatalog() {
    }
}
