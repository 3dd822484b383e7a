package org.neighborhoodcapital.memberships.participant.domain;

/** The contacts a person is recognised by at a center; the name is the request field. */
public enum ContactField {
    EMAIL("email"), PHONE("phone");

    private final String field;

    ContactField(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
