package org.neighborhoodcapital.memberships.participant.domain;

import java.time.Instant;

import org.neighborhoodcapital.memberships.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * A valid request to join: a home center, a name, an e-mail or a phone (or both, normalized for
 * matching), an explicit research consent, and when the person joined ({@code now} when not given;
 * it may lie in the past so that a center can load its history).
 */
public record Joining(String homeCenterId, PersonalData personalData, String normalizedEmail, String normalizedPhone,
                      boolean researchConsent, Instant joinedAt) {

    public static final int MAX_NAME_LENGTH = 200;

    /** @throws DomainException (INVALID) naming every field that is missing or wrong */
    public static Joining validate(String homeCenterId, String displayName, String email, String phone,
                                   Boolean researchConsent, Instant joinedAt, Instant now) {
        Violations violations = new Violations();
        if (homeCenterId == null) {
            violations.add("homeCenterId", "is required");
        } else if (!CenterId.isValid(homeCenterId)) {
            violations.add("homeCenterId", "must match " + CenterId.FORMAT.pattern());
        }
        violations.text(displayName, "displayName", MAX_NAME_LENGTH);
        String givenEmail = blankToNull(email);
        String givenPhone = blankToNull(phone);
        if (givenEmail == null && givenPhone == null) {
            violations.add("email", "an e-mail or a phone is required");
        }
        if (givenEmail != null) {
            String problem = Contacts.emailProblem(givenEmail);
            if (problem != null) {
                violations.add("email", problem);
            }
        }
        if (givenPhone != null) {
            String problem = Contacts.phoneProblem(givenPhone);
            if (problem != null) {
                violations.add("phone", problem);
            }
        }
        violations.require(researchConsent, "researchConsent");
        violations.notInTheFuture(joinedAt, "joinedAt", now);
        violations.throwIfAny();

        String normalizedEmail = givenEmail == null ? null : Contacts.normalizeEmail(givenEmail);
        String normalizedPhone = givenPhone == null ? null : Contacts.normalizePhone(givenPhone);
        PersonalData data = new PersonalData(displayName.trim(), normalizedEmail, givenPhone == null ? null : givenPhone.trim());
        return new Joining(homeCenterId, data, normalizedEmail, normalizedPhone, researchConsent,
                joinedAt == null ? now : joinedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "Joining[homeCenterId=" + homeCenterId + ", joinedAt=" + joinedAt + "]";
    }
}
