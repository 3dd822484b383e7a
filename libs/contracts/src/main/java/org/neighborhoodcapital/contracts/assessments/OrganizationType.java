package org.neighborhoodcapital.contracts.assessments;

/** Who places itself on the model check-up scales. */
public enum OrganizationType {
    CENTER, CLUB, INITIATIVE_GROUP
}
