package org.neighborhoodcapital.bench;

/** Progress lines of the harness. */
@FunctionalInterface
interface Log {
    void say(String format, Object... args);
}
