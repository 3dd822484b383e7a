package org.neighborhoodcapital.reporting.projection.domain;

import java.time.ZoneId;

/** A center's latest registration details; the budget is absent when unknown. */
public record CenterChange(String centerId, String name, String city, ZoneId timezone,
                           Long operatingBudgetMinor, String budgetCurrency) {
}
