package org.neighborhoodcapital.assessments.checkup.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScale;
import org.neighborhoodcapital.assessments.checkup.domain.ModelScales;
import org.springframework.core.io.ClassPathResource;

/** The ten scales of DESIGN.md, as shipped in {@code model/scales.json}. */
class ModelScalesJsonTest {

    private final ModelScales model = ModelScalesJson.read(new ClassPathResource("model/scales.json"));

    @Test
    void theTenScalesHaveBothPolesInRussianAndEnglish() {
        assertThat(model.scales()).hasSize(10).extracting(ModelScale::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(model.scales()).allSatisfy(scale -> {
            assertThat(scale.leftPole().in("ru")).isNotBlank();
            assertThat(scale.leftPole().in("en")).isNotBlank();
            assertThat(scale.rightPole().in("ru")).isNotBlank();
            assertThat(scale.rightPole().in("en")).isNotBlank();
        });
    }

    @Test
    void thePolesAreTheOnesOfTheDesignInTheirOrder() {
        assertThat(model.scales()).extracting(s -> s.leftPole().in("en")).containsExactly(
                "Subject of socio-economic development",
                "Aggregator and \"capital\" of the whole",
                "Reliance on internal community resources and self-sufficiency",
                "Distributed leadership",
                "Formal membership / season-ticket statuses",
                "Local agenda",
                "Strategic decisions",
                "Unlocking everyone's potential (and preventing stigma)",
                "Social projects",
                "Openness to the new, innovation");
        assertThat(model.scales()).extracting(s -> s.rightPole().in("en")).containsExactly(
                "Object of territorial development",
                "Autonomous element of social space",
                "Dependence on a budget",
                "Rigid administrative control",
                "Open solidarity community",
                "Federal agenda",
                "\"Urgent\" fire-fighting",
                "Focus on the existing core team",
                "Commercial projects",
                "Conservatism");
    }

    @Test
    void onlyScaleNineCarriesTheNoteOfAFalseOpposition() {
        assertThat(model.scales()).filteredOn(s -> s.note() != null).singleElement().satisfies(scale -> {
            assertThat(scale.number()).isEqualTo(9);
            assertThat(scale.note().in("en")).contains("deliberately false opposition", "entrepreneurial initiative");
            assertThat(scale.note().in("ru")).contains("предпринимательск");
        });
    }

    @Test
    void theJsonAnswerNamesTheEndsOfTheScale() {
        ModelScalesJson json = ModelScalesJson.of(model);

        assertThat(json.positionMin()).isEqualTo(-3);
        assertThat(json.positionMax()).isEqualTo(3);
        assertThat(json.scales().get(8).note()).containsKeys("ru", "en");
        assertThat(json.scales().get(0).note()).isNull();
    }
}
