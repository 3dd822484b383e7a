package org.neighborhoodcapital.reporting.impact.domain;

import java.util.Map;

/**
 * Season tickets of a year.
 *
 * @param activeAtYearEnd   passes valid at the end of Dec 31 (local) and not cancelled by then (holders
 *                          excluded from participant figures are not counted)
 * @param sold              purchases dated in the year
 * @param renewed           renewals dated in the year
 * @param revenueByCurrency purchases + renewals dated in the year − refunds dated in the year, in minor units per currency
 */
public record PassFigures(long activeAtYearEnd, long sold, long renewed, Map<String, Long> revenueByCurrency) {

    public static final PassFigures NONE = new PassFigures(0, 0, 0, Map.of());

    public PassFigures {
        revenueByCurrency = Map.copyOf(revenueByCurrency);
    }

    public long revenueIn(String currency) {
        return revenueByCurrency.getOrDefault(currency, 0L);
    }
}
