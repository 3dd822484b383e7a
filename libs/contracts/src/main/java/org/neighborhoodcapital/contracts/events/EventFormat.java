package org.neighborhoodcapital.contracts.events;

/** Format of a center event. */
public enum EventFormat {
    MEETING, LECTURE, SEMINAR, TEA_PARTY, WORKSHOP, FESTIVAL, SCREENING, READING, CLUB, ASSEMBLY, COURSE, MARKET, OTHER
}
