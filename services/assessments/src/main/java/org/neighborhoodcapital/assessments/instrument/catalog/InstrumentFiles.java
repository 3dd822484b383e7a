package org.neighborhoodcapital.assessments.instrument.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.InstrumentCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instrument versions as data files, read once at startup from
 * {@code nc.assessments.instruments.locations} (by default every
 * {@code classpath*:instruments/subjectivity-v*.json}). A file that is not a consistent instrument,
 * or a version that appears twice, stops the service from starting, naming the file.
 */
public final class InstrumentFiles implements InstrumentCatalog {

    private static final Logger log = LoggerFactory.getLogger(InstrumentFiles.class);

    /** Strict: a misspelt key in a file is an error, not a silently missing value. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Instrument> byVersion;

    public InstrumentFiles(List<Instrument> instruments) {
        Map<String, Instrument> versions = new LinkedHashMap<>();
        instruments.stream().sorted(Comparator.comparing(Instrument::version, InstrumentFiles::compareVersions)).forEach(instrument -> {
            if (versions.putIfAbsent(instrument.version(), instrument) != null) {
                throw new IllegalStateException("subjectivity instrument version " + instrument.version() + " is defined twice");
            }
        });
        this.byVersion = versions;
    }

    /** Reads every file the location patterns match. */
    public static InstrumentFiles load(ResourcePatternResolver resolver, List<String> locations) {
        List<Instrument> instruments = new ArrayList<>();
        for (String location : locations) {
            Resource[] resources;
            try {
                resources = resolver.getResources(location);
            } catch (IOException e) {
                throw new IllegalStateException("cannot list instrument files at " + location, e);
            }
            for (Resource resource : resources) {
                instruments.add(read(resource));
            }
        }
        InstrumentFiles files = new InstrumentFiles(instruments);
        log.info("Subjectivity instrument versions available: {}", files.byVersion.keySet());
        return files;
    }

    public static Instrument read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, InstrumentJson.class).toDomain();
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("instrument file " + resource.getDescription() + " is not a valid instrument: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instrument> version(String version) {
        return Optional.ofNullable(byVersion.get(Instrument.canonicalVersion(version)));
    }

    @Override
    public List<Instrument> all() {
        return List.copyOf(byVersion.values());
    }

    /** Numeric versions by number (2 before 10), others after them by name. */
    static int compareVersions(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit);
        boolean numericB = b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
