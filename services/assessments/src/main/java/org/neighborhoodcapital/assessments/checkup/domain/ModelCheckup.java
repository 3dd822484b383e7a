package org.neighborhoodcapital.assessments.checkup.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.assessments.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;

/**
 * A center, club or initiative group placed on the ten bipolar model scales, by itself or by an
 * expert, with its distance from the reference profile valid at the time.
 */
public record ModelCheckup(UUID assessmentId, String centerId, OrganizationType organizationType, AssessorRole assessorRole,
                           Instant assessedAt, List<Integer> positions, ReferenceProfile reference, Alignment alignment) {

    public ModelCheckup {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(organizationType, "organizationType");
        Objects.requireNonNull(assessorRole, "assessorRole");
        Objects.requireNonNull(assessedAt, "assessedAt");
        positions = List.copyOf(positions);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(alignment, "alignment");
    }

    /**
     * @param assessedAt when it was made; {@code now} when not given (may lie in the past)
     * @param positions  one per scale; a {@code null} element stands for a value that is not a whole number
     * @throws DomainException (INVALID) naming every field at fault: {@code centerId}, {@code organizationType},
     *         {@code assessorRole}, {@code assessedAt}, {@code positions}, {@code positions[i]}
     */
    public static ModelCheckup submit(UUID assessmentId, String centerId, OrganizationType organizationType, AssessorRole assessorRole,
                                      Instant assessedAt, List<Integer> positions, ReferenceProfile reference, Instant now,
                                      Duration tolerance) {
        CenterId.require(centerId);
        Violations violations = new Violations();
        violations.notInTheFuture(assessedAt, "assessedAt", now, tolerance);
        violations.require(organizationType, "organizationType");
        violations.require(assessorRole, "assessorRole");
        ModelPositions.check(positions, "positions", violations);
        violations.throwIfAny();
        return new ModelCheckup(assessmentId, centerId, organizationType, assessorRole, assessedAt == null ? now : assessedAt,
                positions, reference, Alignment.of(positions, reference));
    }

    public CenterModelAssessed assessed() {
        return new CenterModelAssessed(assessmentId, centerId, organizationType, assessorRole, assessedAt, positions);
    }
}
