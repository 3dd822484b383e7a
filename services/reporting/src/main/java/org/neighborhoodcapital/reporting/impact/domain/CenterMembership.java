package org.neighborhoodcapital.reporting.impact.domain;

/**
 * A center's membership figures of the year.
 *
 * @param newParticipants participants whose home is this center and who joined in the year (local date)
 * @param funnel          the funnel of the participants whose home is this center
 * @param passes          passes sold by this center
 * @param currency        the currency of {@code revenueMinor}: the budget's, else the one its passes were paid in (null when neither)
 * @param revenueMinor    the pass revenue of the year in {@code currency}
 * @param selfSufficiency revenue / operating budget, null when there is no budget or revenue in another currency
 * @param fourStepStage   the four-step stage reached in the year, 0..4
 */
public record CenterMembership(long newParticipants, FunnelFigures funnel, PassFigures passes, String currency,
                               long revenueMinor, Double selfSufficiency, int fourStepStage) {
}
