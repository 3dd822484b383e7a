package org.neighborhoodcapital.reporting.profile.domain;

/** A figure of the profile: shown with its value, or withheld by small-cell suppression. */
public sealed interface Figure<T> permits Figure.Shown, Figure.Withheld {

    static <T> Figure<T> shown(T value) {
        return new Shown<>(value);
    }

    @SuppressWarnings("unchecked")
    static <T> Figure<T> withheld() {
        return (Figure<T>) Withheld.INSTANCE;
    }

    static <T> Figure<T> of(T value, boolean withheld) {
        return withheld ? withheld() : shown(value);
    }

    record Shown<T>(T value) implements Figure<T> {
    }

    enum Withheld implements Figure<Object> {
        INSTANCE
    }
}
