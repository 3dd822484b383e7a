package org.neighborhoodcapital.assessments.checkup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;

class SubmittingAModelCheckupTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final List<Integer> MIXED = List.of(-3, -2, -1, 0, 1, 2, 3, -2, 0, -3);

    private static ModelCheckup submit(String centerId, OrganizationType type, AssessorRole role, Instant at, List<Integer> positions) {
        return ModelCheckup.submit(UUID.randomUUID(), centerId, type, role, at, positions, ReferenceProfile.DEFAULT, NOW, TOLERANCE);
    }

    private static List<String> fieldsOf(Runnable submission) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(submission::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            e.violations().stream().map(Violation::field).forEach(fields::add);
        });
        return fields;
    }

    @Test
    void aCheckupCarriesItsAlignmentAndAnnouncesThePositions() {
        Instant past = Instant.parse("2025-11-01T10:00:00Z");

        ModelCheckup checkup = submit("north-yard", OrganizationType.CLUB, AssessorRole.EXPERT, past, MIXED);

        assertThat(checkup.assessedAt()).isEqualTo(past);
        assertThat(checkup.alignment().distance()).isEqualTo(1.7);
        CenterModelAssessed assessed = checkup.assessed();
        assertThat(assessed.positions()).isEqualTo(MIXED);
        assertThat(assessed.organizationType()).isEqualTo(OrganizationType.CLUB);
        assertThat(assessed.assessorRole()).isEqualTo(AssessorRole.EXPERT);
        assertThat(assessed.centerId()).isEqualTo("north-yard");
    }

    @Test
    void assessedAtDefaultsToNow() {
        assertThat(submit("north-yard", OrganizationType.CENTER, AssessorRole.SELF, null, MIXED).assessedAt()).isEqualTo(NOW);
    }

    @Test
    void aPositionOutsideTheScaleIsNamedByItsIndex() {
        List<Integer> positions = new ArrayList<>(MIXED);
        positions.set(3, 4);
        positions.set(7, null);

        assertThat(fieldsOf(() -> submit("north-yard", OrganizationType.CENTER, AssessorRole.SELF, null, positions)))
                .containsExactly("positions[3]", "positions[7]");
    }

    @Test
    void ninePositionsAreRefusedNamingThePositions() {
        assertThat(fieldsOf(() -> submit("north-yard", OrganizationType.CENTER, AssessorRole.SELF, null, Collections.nCopies(9, 0))))
                .containsExactly("positions");
    }

    @Test
    void everyMissingFieldIsListed() {
        assertThat(fieldsOf(() -> submit("north-yard", null, null, NOW.plus(Duration.ofHours(1)), null)))
                .containsExactly("assessedAt", "organizationType", "assessorRole", "positions");
    }

    @Test
    void aCenterIdThatIsNotASlugIsRefused() {
        assertThat(fieldsOf(() -> submit("North_Yard", OrganizationType.CENTER, AssessorRole.SELF, null, MIXED))).containsExactly("centerId");
    }
}
