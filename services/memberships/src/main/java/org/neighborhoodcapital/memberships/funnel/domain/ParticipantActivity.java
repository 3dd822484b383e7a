package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the funnel rules look at for one participant, as sets of dated facts (duplicates and
 * any order allowed):
 *
 * @param participantId         whose activity this is
 * @param joinedAt              when they joined; no transition is dated before it (null: no bound)
 * @param attendances           their own check-ins
 * @param events                what is known of the events involved: those they attended or organize,
 *                              and those of the initiatives they lead
 * @param ledInitiatives        the initiatives they launched (and lead)
 * @param initiativeAttendances everybody's check-ins at the events of the initiatives they lead
 */
public record ParticipantActivity(UUID participantId, Instant joinedAt, List<Attendance> attendances, List<KnownEvent> events,
                                  List<LedInitiative> ledInitiatives, List<Attendance> initiativeAttendances) {

    public ParticipantActivity {
        Objects.requireNonNull(participantId, "participantId");
        attendances = List.copyOf(attendances);
        events = List.copyOf(events);
        ledInitiatives = List.copyOf(ledInitiatives);
        initiativeAttendances = List.copyOf(initiativeAttendances);
    }

    public static ParticipantActivity none(UUID participantId, Instant joinedAt) {
        return new ParticipantActivity(participantId, joinedAt, List.of(), List.of(), List.of(), List.of());
    }
}
