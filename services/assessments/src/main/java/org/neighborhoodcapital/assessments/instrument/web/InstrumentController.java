package org.neighborhoodcapital.assessments.instrument.web;

import java.util.List;

import org.neighborhoodcapital.assessments.instrument.catalog.InstrumentJson;
import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.InstrumentCatalog;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The subjectivity instrument, version by version, for any questionnaire front end. */
@RestController
@RequestMapping("/api/instruments/" + Instrument.SUBJECTIVITY)
public class InstrumentController {

    public record Versions(String instrument, List<String> versions) {
    }

    private final InstrumentCatalog catalog;

    public InstrumentController(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** The versions there are, oldest first. */
    @GetMapping
    public Versions versions() {
        return new Versions(Instrument.SUBJECTIVITY, catalog.all().stream().map(Instrument::version).toList());
    }

    /** One version: dimensions, items (ru, en, reverse-keyed or not), answer labels and scoring parameters. */
    @GetMapping("/{version}")
    public InstrumentJson version(@PathVariable String version) {
        return catalog.version(version).map(InstrumentJson::of)
                .orElseThrow(() -> ProblemException.notFound("version", "no subjectivity instrument version " + version));
    }
}
