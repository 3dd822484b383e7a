package org.neighborhoodcapital.contracts;

import java.util.List;

/**
 * Every topic of the platform: {@code <service>.<stream>.v<N>}. Keys: centerId for center activity,
 * participantId for participant streams, so that order holds where it matters.
 */
public final class Topics {

    public static final String EVENTS_CALENDAR = "events.calendar.v1";
    public static final String EVENTS_REGISTRATIONS = "events.registrations.v1";
    public static final String EVENTS_ATTENDANCE = "events.attendance.v1";
    public static final String EVENTS_INITIATIVES = "events.initiatives.v1";

    public static final String MEMBERSHIPS_CENTERS = "memberships.centers.v1";
    public static final String MEMBERSHIPS_PARTICIPANTS = "memberships.participants.v1";
    public static final String MEMBERSHIPS_PASSES = "memberships.passes.v1";
    public static final String MEMBERSHIPS_FUNNEL = "memberships.funnel.v1";

    public static final String ASSESSMENTS_SUBJECTIVITY = "assessments.subjectivity.v1";
    public static final String ASSESSMENTS_MODEL_CHECKUPS = "assessments.model-checkups.v1";

    public static final String REPORTING_REPORTS = "reporting.reports.v1";

    /** Suffix of the dead-letter topic that every consumed topic has. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(
            EVENTS_CALENDAR, EVENTS_REGISTRATIONS, EVENTS_ATTENDANCE, EVENTS_INITIATIVES,
            MEMBERSHIPS_CENTERS, MEMBERSHIPS_PARTICIPANTS, MEMBERSHIPS_PASSES, MEMBERSHIPS_FUNNEL,
            ASSESSMENTS_SUBJECTIVITY, ASSESSMENTS_MODEL_CHECKUPS,
            REPORTING_REPORTS);

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
