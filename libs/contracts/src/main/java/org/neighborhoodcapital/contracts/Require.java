package org.neighborhoodcapital.contracts;

/** Null checks for record components, so that a record missing a required field fails to decode. */
public final class Require {

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private Require() {
    }
}
