package org.neighborhoodcapital.bench;

import java.util.stream.Stream;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;

/** The simulated network the benchmark loads: everything but the check-ins first, then the check-ins. */
interface NetworkData {

    /** The year the network is reported on. */
    int year();

    /** Centers, participants, calendar, registrations, initiatives, passes, assessments… in topic order, without check-ins. */
    Stream<Envelope<?>> setupRecords();

    /** The check-ins, generated lazily. */
    Stream<Envelope<AttendanceRecorded>> checkIns();

    long checkInCount();

    String describe();
}
