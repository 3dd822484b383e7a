package org.neighborhoodcapital.reporting.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definition of every metric a report export shows, worded as in the product brief's "Metric definitions"
 * (DESIGN.md), with the settlements of the service README. Printed in the PDF's "Definitions" section.
 */
public final class Definitions {

    private static final String TIMES = "Times are the time the thing happened, read in the center's own time zone; "
            + "year Y = Jan 1 - Dec 31 local time. An attendance belongs to its event, and an event to the local date of its start.";

    public static final Map<String, String> IMPACT = new LinkedHashMap<>();
    public static final Map<String, String> PROFILE = new LinkedHashMap<>();

    static {
        IMPACT.put("year", TIMES);
        IMPACT.put("eventsHeld", "Events that start in Y and were not cancelled.");
        IMPACT.put("residentLedEvents", "Of the events held, those organized by a resident.");
        IMPACT.put("attendances", "Distinct (event, participant) check-ins at events held in Y (a repeated check-in counts "
                + "once; a cancelled event's check-ins don't count).");
        IMPACT.put("uniqueParticipants", "Distinct participants with at least one attendance in Y (the network figure is "
                + "distinct across centers, never a sum).");
        IMPACT.put("returningParticipants", "Participants who attended events in at least 2 distinct calendar months of Y.");
        IMPACT.put("newParticipants", "Participants who joined in Y (network: distinct participants).");
        IMPACT.put("centers", "Centers with any activity in Y: an event held, an initiative launched, a participant joined, "
                + "a funnel step, a pass sold, renewed or refunded, or a pass active at the end of Y.");
        IMPACT.put("initiativesLaunched", "Initiatives launched in Y (local date), by type.");
        IMPACT.put("participantsAtYearEnd", "Funnel distribution at the end of Y over participants who joined by then, by "
                + "home center: NEIGHBOR (joined) -> PARTICIPANT (at least 3 distinct events attended) -> INITIATOR (organized "
                + "an event or launched an initiative) -> LEADER (leads an initiative whose events drew at least 5 distinct "
                + "participants). A participant's stage is the highest rule satisfied by the activity up to then (event time), "
                + "or a manual promotion made by then; it never goes back.");
        IMPACT.put("transitions", "Funnel transitions (from -> to) dated in Y; a jump that skips stages is one transition.");
        IMPACT.put("activeAtYearEnd", "Passes active at the end of Y: valid then and not cancelled.");
        IMPACT.put("sold", "Passes purchased in Y.");
        IMPACT.put("renewed", "Pass renewals dated in Y.");
        IMPACT.put("revenueMinor", "Pass revenue in Y, in minor units of the currency: purchases and renewals dated in Y "
                + "minus refunds dated in Y.");
        IMPACT.put("selfSufficiency", "Pass revenue in Y / the center's operating budget (empty when there is no budget). "
                + "Network: total revenue / total budget.");
        IMPACT.put("fourStepStage", "Four-step stage reached in Y: 1 = any event held; 2 = a SHARING or CROWDFUNDING "
                + "initiative launched; 3 = a MICRO_BUSINESS initiative launched or a paid resident-led event held; "
                + "4 = selfSufficiency >= 1.0. A stage counts only if the ones below it are reached (0 = none).");
        IMPACT.put("centersAtStage", "How many of the listed centers reached each four-step stage in Y.");
        IMPACT.put("modelAlignment", "Latest model check-up of the center in Y; distance = mean |position - reference| over "
                + "the 10 scales (reference: -2 on every scale but 9, where it is 0); alignment = 1 - distance / 6.");
        IMPACT.put("meanModelPosition", "Per check-up scale, the mean position (-3 ... +3) over every center's latest "
                + "check-up in Y.");
        IMPACT.put("median", "Network benchmark: for each center KPI, the median across the listed centers "
                + "(quartiles by linear interpolation, type 7).");
        IMPACT.put("q1", "Network benchmark: the first quartile (Q1) of the KPI across the listed centers.");
        IMPACT.put("q3", "Network benchmark: the third quartile (Q3) of the KPI across the listed centers.");
        IMPACT.put("erasure", "Once a participant withdraws consent for research use or is erased, no report built "
                + "afterwards includes them.");

        PROFILE.put("year", TIMES);
        PROFILE.put("participants", "Participants of the profile of Y: joined by the end of Y, with research consent and "
                + "not erased, with at least 1 self-assessment in Y or at least 1 attendance in Y.");
        PROFILE.put("subjectivityIndex", "Subjectivity instrument v1: 7 dimensions (BELONGING, AGENCY, RESPONSIBILITY, "
                + "COOPERATION, INITIATIVE, LEADERSHIP, OPENNESS) x 3 items, answers 1-5 (a reverse-keyed answer a counts as "
                + "6 - a). A dimension score = (mean of its answered items - 1) / 4 x 100, needs at least 2 of 3 items; the "
                + "subjectivity index (SI) = mean of the available dimension scores, needs at least 5 of 7.");
        PROFILE.put("mean", "Subjectivity: per dimension and for SI, the mean of each participant's latest score in Y, over "
                + "participants with at least 1 assessment in Y. Change: the mean of (latest in Y - that participant's "
                + "first-ever score), over participants whose first assessment is earlier than their latest in Y.");
        PROFILE.put("sd", "The sample standard deviation (n - 1; undefined for n < 2).");
        PROFILE.put("ciLow", "Lower end of the 95% confidence interval: mean - 1.96 x SD / sqrt(n).");
        PROFILE.put("ciHigh", "Upper end of the 95% confidence interval: mean + 1.96 x SD / sqrt(n).");
        PROFILE.put("shareImproved", "Share of the participants with a change whose change is > 0.");
        PROFILE.put("shareDeclined", "Share of the participants with a change whose change is < 0.");
        PROFILE.put("meanAttendances", "Engagement, over participants active in Y (at least 1 attendance): mean attendances in Y.");
        PROFILE.put("medianAttendances", "Median attendances in Y of the active participants (median of an even count is the "
                + "mean of the two middle values).");
        PROFILE.put("meanTenureMonths", "Mean tenure in months at the end of Y (days since joining / 30.4375).");
        PROFILE.put("activePassShare", "Share of the active participants holding an active pass on Dec 31.");
        PROFILE.put("funnelCount", "Funnel distribution of the active participants at the end of Y.");
        PROFILE.put("q1", "Participation-outcome link: quartiles (Q1, Q2, Q3) of the attendances in Y of the participants "
                + "with an SI change (type 7); q2 and q3 likewise.");
        PROFILE.put("q2", "Participation-outcome link: the median (Q2) of the attendances in Y of the participants with an SI change.");
        PROFILE.put("q3", "Participation-outcome link: the third quartile (Q3) of those attendances.");
        PROFILE.put("meanSiChange", "Participation-outcome link: participants with an SI change, grouped by their attendances "
                + "in Y into <=Q1, (Q1, Q2], (Q2, Q3], >Q3; mean SI change and n per group.");
        PROFILE.put("n", "The number of participants a figure is computed over.");
        PROFILE.put("suppressed", "Small-cell suppression: any figure derived from assessments, and any breakdown cell of "
                + "the profile, over fewer than k = 5 participants is withheld (reported as suppressed, never as a number), and "
                + "so is any cell that could be worked out from a shown total and the other cells (complementary suppression: "
                + "then the next-smallest cell is withheld too).");
        PROFILE.put("breakdowns", "Breakdowns by home center (group homeCenter) and by funnel stage at the end of Y "
                + "(group funnelStage=<stage>).");
    }

    /** The definitions of a report kind ({@code impact-report} or {@code participant-profile}). */
    public static Map<String, String> of(String kind) {
        return "participant-profile".equals(kind) ? PROFILE : IMPACT;
    }

    private Definitions() {
    }
}
