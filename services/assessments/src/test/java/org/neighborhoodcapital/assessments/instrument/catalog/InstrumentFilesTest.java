package org.neighborhoodcapital.assessments.instrument.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.assessments.fixtures.AnswerSheets;
import org.neighborhoodcapital.assessments.fixtures.Instruments;
import org.neighborhoodcapital.assessments.instrument.domain.Dimension;
import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.Item;
import org.neighborhoodcapital.assessments.instrument.domain.SubjectivityScores;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The instrument versions as shipped (v1 in main, v2 in test resources), read from their files. */
class InstrumentFilesTest {

    private static final String DEFAULT_LOCATION = "classpath*:instruments/subjectivity-v*.json";

    private static InstrumentFiles shipped() {
        return InstrumentFiles.load(new PathMatchingResourcePatternResolver(), List.of(DEFAULT_LOCATION));
    }

    @Test
    void versionOneHasTheSevenDimensionsOfThreeItemsInRussianAndEnglish() {
        Instrument v1 = InstrumentFiles.read(new ClassPathResource("instruments/subjectivity-v1.json"));

        assertThat(v1.version()).isEqualTo("1");
        assertThat(v1.dimensions()).extracting(Dimension::code).containsExactlyElementsOf(Instruments.V1_DIMENSIONS);
        assertThat(v1.dimensions()).allSatisfy(d -> assertThat(d.items()).hasSize(3)
                .allSatisfy(item -> assertThat(item.id()).startsWith(d.code().substring(0, 3))));
        assertThat(v1.dimensions()).flatExtracting(Dimension::items).extracting(Item::id)
                .containsExactly("BEL1", "BEL2", "BEL3", "AGE1", "AGE2", "AGE3", "RES1", "RES2", "RES3", "COO1", "COO2", "COO3",
                        "INI1", "INI2", "INI3", "LEA1", "LEA2", "LEA3", "OPE1", "OPE2", "OPE3");
        assertThat(v1.dimensions()).flatExtracting(Dimension::items).allSatisfy(item -> {
            assertThat(item.text().in("ru")).isNotBlank().doesNotContainPattern("[A-Za-z]{4,}");
            assertThat(item.text().in("en")).isNotBlank().doesNotContainPattern("[А-Яа-я]");
        });
        assertThat(v1.answerLabels()).hasSize(5);
    }

    @Test
    void versionOneHasAReverseKeyedItemInSixOfItsSevenDimensions() {
        Instrument v1 = InstrumentFiles.read(new ClassPathResource("instruments/subjectivity-v1.json"));

        assertThat(v1.dimensions()).filteredOn(d -> d.items().stream().anyMatch(Item::reverse)).extracting(Dimension::code)
                .containsExactly("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "OPENNESS");
        assertThat(v1.dimensions()).flatExtracting(Dimension::items).filteredOn(Item::reverse).extracting(Item::id)
                .containsExactly("BEL3", "AGE3", "RES3", "COO3", "INI3", "OPE3");
    }

    @Test
    void versionOneCarriesTheScoringParametersOfTheDesign() {
        Instrument v1 = InstrumentFiles.read(new ClassPathResource("instruments/subjectivity-v1.json"));

        assertThat(v1.scoring().answerMin()).isEqualTo(1);
        assertThat(v1.scoring().answerMax()).isEqualTo(5);
        assertThat(v1.scoring().minItemsPerDimension()).isEqualTo(2);
        assertThat(v1.scoring().minDimensionsForIndex()).isEqualTo(5);
    }

    @Test
    void theShippedVersionOneScoresTheCompleteSheetAsWorkedOutByHand() {
        // the file's reverse-keyed items are those of the mother (third item, not LEA3): see AnswerSheets.complete()
        SubjectivityScores scores = InstrumentFiles.read(new ClassPathResource("instruments/subjectivity-v1.json"))
                .score(AnswerSheets.complete());

        assertThat(scores.dimensionScores()).containsEntry("INITIATIVE", 0.0).containsEntry("LEADERSHIP", 100.0)
                .containsEntry("OPENNESS", 50.0);
        assertThat(scores.subjectivityIndex()).isCloseTo(400.0 / 7, within(1e-12));
    }

    @Test
    void everyFileTheLocationsMatchIsAVersionAndEachIsScoredByItsOwnRules() {
        InstrumentFiles files = shipped();

        assertThat(files.all()).extracting(Instrument::version).containsExactly("1", "2");
        Instrument v2 = files.version("2").orElseThrow();
        // v2 (test resource): answers 1..7, 1 item per dimension, index from 2 dimensions:
        // BELONGING  B2-HOME 7, B2-ALONE 2 (reverse → 8 − 2 = 6): (13 − 2) / (2 × 6) × 100 = 91.666…
        // AGENCY     A2-INFLUENCE 4, A2-OTHERS 7 (reverse → 1):   (5 − 2) / 12 × 100 = 25
        // INITIATIVE I2-START 5:                                  (5 − 1) / 6 × 100 = 66.666…
        // SI = (91.666… + 25 + 66.666…) / 3 = 61.111…
        SubjectivityScores scores = v2.score(Map.of("B2-HOME", 7, "B2-ALONE", 2, "A2-INFLUENCE", 4, "A2-OTHERS", 7, "I2-START", 5));
        assertThat(scores.dimensionScores()).containsOnlyKeys("BELONGING", "AGENCY", "INITIATIVE");
        assertThat(scores.dimensionScores().get("BELONGING")).isCloseTo(1100.0 / 12, within(1e-12));
        assertThat(scores.dimensionScores().get("AGENCY")).isEqualTo(25.0);
        assertThat(scores.dimensionScores().get("INITIATIVE")).isCloseTo(400.0 / 6, within(1e-12));
        assertThat(scores.subjectivityIndex()).isCloseTo(550.0 / 9, within(1e-12));
        // the v1 sheet means nothing to v2, and a 7 means nothing to v1
        assertThatThrownBy(() -> v2.score(AnswerSheets.complete())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> files.version("1").orElseThrow().score(AnswerSheets.with(AnswerSheets.complete(), "BEL1", 7)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aVersionIsFoundWithOrWithoutItsV() {
        InstrumentFiles files = shipped();

        assertThat(files.version("v1")).isPresent();
        assertThat(files.version("V2")).isPresent();
        assertThat(files.version("1")).isPresent();
        assertThat(files.version("3")).isEmpty();
        assertThat(files.version("v")).isEmpty();
    }

    @Test
    void numericVersionsAreOrderedByNumber() {
        assertThat(InstrumentFiles.compareVersions("2", "10")).isNegative();
        assertThat(InstrumentFiles.compareVersions("10", "2a")).isNegative();
    }

    @Test
    void aMisspeltKeyStopsTheServiceNamingTheFile(@TempDir Path dir) throws IOException {
        String v1 = new ClassPathResource("instruments/subjectivity-v1.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("subjectivity-v3.json"), v1.replace("\"version\": \"1\"", "\"version\": \"3\"")
                .replaceFirst("\"reverse\"", "\"reversed\""));

        assertThatThrownBy(() -> InstrumentFiles.load(new PathMatchingResourcePatternResolver(), List.of("file:" + dir + "/*.json")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("subjectivity-v3.json").hasMessageContaining("reversed");
    }

    @Test
    void anItemWithoutItsReverseFlagOrItsEnglishTextIsRefused(@TempDir Path dir) throws IOException {
        String v1 = new ClassPathResource("instruments/subjectivity-v1.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("no-flag.json"), v1.replaceFirst("\"reverse\": false,", ""));
        Files.writeString(dir.resolve("no-english.json"),
                v1.replace("\"en\": \"I feel part of the community of my neighborhood.\"", "\"de\": \"Ich gehöre dazu.\""));

        assertThatThrownBy(() -> InstrumentFiles.read(new org.springframework.core.io.FileSystemResource(dir.resolve("no-flag.json"))))
                .hasMessageContaining("reverse of BEL1 is missing");
        assertThatThrownBy(() -> InstrumentFiles.read(new org.springframework.core.io.FileSystemResource(dir.resolve("no-english.json"))))
                .hasMessageContaining("text of BEL1").hasMessageContaining("'en' is missing");
    }

    @Test
    void aVersionDefinedTwiceIsRefused() {
        assertThatThrownBy(() -> InstrumentFiles.load(new PathMatchingResourcePatternResolver(),
                List.of("classpath:instruments/subjectivity-v1.json", "classpath*:instruments/subjectivity-v1.json")))
                .hasMessageContaining("version 1 is defined twice");
    }
}
