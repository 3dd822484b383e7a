package org.neighborhoodcapital.contracts.assessments;

/** Whether a check-up is a self-assessment or an expert's. */
public enum AssessorRole {
    SELF, EXPERT
}
