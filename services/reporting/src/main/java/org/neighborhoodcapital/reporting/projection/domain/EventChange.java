package org.neighborhoodcapital.reporting.projection.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Everything one batch says about one event, merged: the timing of its newest revision (null when
 * the batch moves nothing), its details (null unless the batch schedules it), whether it was
 * cancelled, and who checked in. Applying the merged change has the same effect as applying its
 * records one by one, in any order.
 */
public final class EventChange {

    private final UUID eventId;
    private String centerId;
    private String checkInCenterId;
    private EventTiming timing;
    private EventDetails details;
    private int cancelledRevision;
    private boolean cancelled;
    private final Set<UUID> attendees = new LinkedHashSet<>();

    EventChange(UUID eventId) {
        this.eventId = eventId;
    }

    /** The center as the calendar says; a check-in's center only fills in while the event is unknown. */
    void calendarCenter(String center) {
        this.centerId = center;
    }

    void moveTo(EventTiming newer) {
        if (timing == null || newer.revision() > timing.revision()) {
            timing = newer;
        }
    }

    void describe(EventDetails scheduled) {
        details = scheduled;
    }

    void cancel(int revision) {
        cancelled = true;
        cancelledRevision = Math.max(cancelledRevision, revision);
    }

    boolean attend(String center, UUID participantId) {
        if (checkInCenterId == null) {
            checkInCenterId = center;
        }
        return attendees.add(participantId);
    }

    public UUID eventId() {
        return eventId;
    }

    /** The event's center according to a calendar record of the batch, or null when the batch only has check-ins. */
    public String centerId() {
        return centerId;
    }

    /** The center named by the batch's check-ins (used only until a calendar record names it), or null. */
    public String checkInCenterId() {
        return checkInCenterId;
    }

    /** The timing of the newest revision in the batch, or null. */
    public EventTiming timing() {
        return timing;
    }

    /** What the event is (from its EventScheduled), or null. */
    public EventDetails details() {
        return details;
    }

    /** A cancel is final: once true, it stays true whatever comes later. */
    public boolean cancelled() {
        return cancelled;
    }

    /** The newest calendar revision in the batch (timing or cancel), 0 when only check-ins. */
    public int newestRevision() {
        return Math.max(timing == null ? 0 : timing.revision(), cancelledRevision);
    }

    /** Participants who checked in, each once. */
    public Set<UUID> attendees() {
        return attendees;
    }
}
