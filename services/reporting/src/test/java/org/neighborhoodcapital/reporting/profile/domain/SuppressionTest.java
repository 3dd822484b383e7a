package org.neighborhoodcapital.reporting.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private final Suppression k5 = new Suppression(5);

    @Test
    void aFigureOverOneToFourParticipantsIsSmallAndOverNoneOrFiveItIsNot() {
        assertThat(k5.small(1)).isTrue();
        assertThat(k5.small(4)).isTrue();
        assertThat(k5.small(5)).isFalse();
        assertThat(k5.small(0)).isFalse();
    }

    @Test
    void aSingleSmallCellUnderAShownTotalTakesTheNextSmallestCellWithIt() {
        assertThat(k5.withheld(Map.of("a", 10L, "b", 3L, "c", 8L), Set.of(), true)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void twoSmallCellsProtectEachOtherSoNothingElseIsWithheld() {
        assertThat(k5.withheld(Map.of("a", 10L, "b", 3L, "c", 2L), Set.of(), true)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void anEmptyCellIsShownAndNeverChosenAsTheComplement() {
        assertThat(k5.withheld(Map.of("a", 10L, "b", 0L, "c", 3L, "d", 7L), Set.of(), true)).containsExactlyInAnyOrder("c", "d");
    }

    @Test
    void withoutAShownTotalOnlyTheSmallCellIsWithheld() {
        assertThat(k5.withheld(Map.of("a", 10L, "b", 3L), Set.of(), false)).containsExactly("b");
    }

    @Test
    void aCellWithheldForAnotherReasonCountsAsTheOneWithheldCell() {
        assertThat(k5.withheld(Map.of("a", 10L, "b", 20L, "c", 30L), Set.of("a"), true)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void betweenEquallySmallCandidatesTheFirstByKeyIsTheComplement() {
        assertThat(k5.withheld(Map.of("a", 3L, "c", 6L, "b", 6L), Set.of(), true)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void noSmallCellWithholdsNothing() {
        assertThat(k5.withheld(Map.of("a", 5L, "b", 6L), Set.of(), true)).isEmpty();
    }

    @Test
    void kMustBePositive() {
        assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
