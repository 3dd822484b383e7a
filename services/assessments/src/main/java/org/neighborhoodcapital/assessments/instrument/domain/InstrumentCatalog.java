package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.List;
import java.util.Optional;

/** The versions of the subjectivity instrument there are (read from data files by an adapter). */
public interface InstrumentCatalog {

    /** @param version a version name; {@code v1} and {@code 1} name the same version */
    Optional<Instrument> version(String version);

    /** Every version, oldest first. */
    List<Instrument> all();
}
