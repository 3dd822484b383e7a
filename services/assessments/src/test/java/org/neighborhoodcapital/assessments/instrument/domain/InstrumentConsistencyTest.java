package org.neighborhoodcapital.assessments.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.assessments.common.domain.LocalizedText;
import org.neighborhoodcapital.assessments.fixtures.Instruments;

/** An instrument version is refused when its own data contradict its scoring rules. */
class InstrumentConsistencyTest {

    private static final LocalizedText TEXT = LocalizedText.of("текст", "text");

    private static Dimension dimension(String code, String... itemIds) {
        return new Dimension(code, TEXT, TEXT, java.util.Arrays.stream(itemIds).map(id -> new Item(id, TEXT, false)).toList());
    }

    @Test
    void anItemIdUsedTwiceIsRefused() {
        assertThatThrownBy(() -> new Instrument("9", TEXT, TEXT, new ScoringRules(1, 5, 1, 1), List.of(),
                List.of(dimension("A", "X1", "X2"), dimension("B", "X2")))).hasMessageContaining("item X2 appears twice");
    }

    @Test
    void aDimensionWithFewerItemsThanAScoreNeedsIsRefused() {
        assertThatThrownBy(() -> new Instrument("9", TEXT, TEXT, new ScoringRules(1, 5, 2, 1), List.of(),
                List.of(dimension("A", "X1")))).hasMessageContaining("dimension A has fewer items");
    }

    @Test
    void fewerDimensionsThanTheIndexNeedsAreRefused() {
        assertThatThrownBy(() -> new Instrument("9", TEXT, TEXT, new ScoringRules(1, 5, 1, 2), List.of(),
                List.of(dimension("A", "X1")))).hasMessageContaining("the index needs 2");
    }

    @Test
    void aVersionIsNamedWithoutALeadingV() {
        assertThatThrownBy(() -> new Instrument("v3", TEXT, TEXT, new ScoringRules(1, 5, 1, 1), List.of(),
                List.of(dimension("A", "X1")))).hasMessageContaining("without a leading 'v'");
        assertThat(Instrument.canonicalVersion("v1")).isEqualTo("1");
        assertThat(Instrument.canonicalVersion("V12")).isEqualTo("12");
        assertThat(Instrument.canonicalVersion("1")).isEqualTo("1");
        assertThat(Instrument.canonicalVersion("vx")).isEqualTo("vx");
    }

    @Test
    void aTextNeedsRussianAndEnglish() {
        assertThatThrownBy(() -> new LocalizedText(java.util.Map.of("en", "text"))).hasMessageContaining("'ru' is missing");
    }

    @Test
    void theMotherIsAConsistentSevenByThreeInstrument() {
        Instrument instrument = Instruments.sevenByThree();

        assertThat(instrument.itemCount()).isEqualTo(21);
        assertThat(instrument.item("BEL3")).hasValueSatisfying(item -> assertThat(item.reverse()).isTrue());
        assertThat(instrument.item("LEA3")).hasValueSatisfying(item -> assertThat(item.reverse()).isFalse());
        assertThat(instrument.item("NOPE")).isEmpty();
    }
}
