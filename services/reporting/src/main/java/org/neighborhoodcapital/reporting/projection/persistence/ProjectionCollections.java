package org.neighborhoodcapital.reporting.projection.persistence;

/** Names and fields of the projection collections in the {@code reporting} database. */
public final class ProjectionCollections {

    /**
     * One document per calendar event, its check-ins included:
     * {@code {_id: eventId, centerId, format, organizerKind, organizerId, priceMinor, currency, initiativeId,
     * cancelled, revision, timing: {revision, startsAt, endsAt}, attendees: [participantId…]}}.
     * Check-ins that arrive before their event create it with {@code attendees} only (no {@code timing}).
     */
    public static final String EVENTS = "events";
    /** One document per initiative: {@code {_id: initiativeId, centerId, type, leaderId, launchedAt}}. */
    public static final String INITIATIVES = "initiatives";
    /** One document per center, latest registration wins: {@code {_id: centerId, name, city, timezone, operatingBudgetMinor, budgetCurrency}}. */
    public static final String CENTERS = "centers";
    /**
     * One document per participant: {@code {_id: participantId, homeCenterId, joinedAt, joinConsent,
     * consent: {changedAt, withdrawn} (the latest change), erasedAt}}; no personal data.
     */
    public static final String PARTICIPANTS = "participants";
    /**
     * One document per pass: {@code {_id: passId, participantId, centerId, purchase: {purchasedAt, priceMinor,
     * currency, validFrom, validUntil}, renewals: [{renewedAt, priceMinor, currency, validUntil}],
     * cancel: {cancelledAt, refundMinor, currency}}}.
     */
    public static final String PASSES = "passes";
    /** One document per participant: {@code {_id: participantId, homeCenterId, steps: [{from, to, changedAt}]}}. */
    public static final String FUNNEL = "funnel";
    /**
     * One document per scored self-assessment: {@code {_id: assessmentId, participantId, instrumentVersion, answeredAt,
     * dimensionScores: {DIMENSION: 0..100}, subjectivityIndex}}; a participant's are deleted when they are erased.
     */
    public static final String ASSESSMENTS = "subjectivityAssessments";
    /** One document per model check-up: {@code {_id: assessmentId, centerId, organizationType, assessorRole, assessedAt, positions[10]}}. */
    public static final String CHECKUPS = "modelCheckups";
    /** Bookkeeping: {@code {_id: "projections", version}} counts ingested batches (the report's dataVersion). */
    public static final String STATE = "reporting_state";

    /** Start of the event's newest revision (inside {@code timing}). */
    public static final String STARTS_AT = "timing.startsAt";

    private ProjectionCollections() {
    }
}
