package org.neighborhoodcapital.memberships.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;

class ContactsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void anEmailIsTrimmedAndLowerCased() {
        assertThat(Contacts.normalizeEmail("  Ana.K@Example.ORG \t")).isEqualTo("ana.k@example.org");
    }

    @Test
    void aPhoneKeepsItsDigitsAndALeadingPlus() {
        assertThat(Contacts.normalizePhone(" +49 (30) 123-456 ")).isEqualTo("+4930123456");
        assertThat(Contacts.normalizePhone("030 / 123.456")).isEqualTo("030123456");
        assertThat(Contacts.normalizePhone("+7-912-345-67-89")).isEqualTo(Contacts.normalizePhone("+7 (912) 345 67 89"));
    }

    @Test
    void malformedContactsAreNamed() {
        assertThat(Contacts.emailProblem("ana@example")).isNotNull();
        assertThat(Contacts.emailProblem("ana k@example.org")).isNotNull();
        assertThat(Contacts.emailProblem(" ANA@example.org ")).isNull();
        assertThat(Contacts.phoneProblem("call me")).isNotNull();
        assertThat(Contacts.phoneProblem("12345")).contains("6 to 15 digits");
        assertThat(Contacts.phoneProblem("+49 30 123456")).isNull();
    }

    @Test
    void joiningNeedsAnEmailOrAPhoneAndNormalizesThem() {
        Joining joining = Joining.validate("north", " Ana ", " Ana@Example.org", "+49 30 123456", true, null, NOW);

        assertThat(joining.normalizedEmail()).isEqualTo("ana@example.org");
        assertThat(joining.normalizedPhone()).isEqualTo("+4930123456");
        assertThat(joining.personalData()).isEqualTo(new PersonalData("Ana", "ana@example.org", "+49 30 123456"));
        assertThat(joining.joinedAt()).isEqualTo(NOW);
        assertThat(joining.toString()).doesNotContain("Ana").doesNotContain("example");

        assertThatThrownBy(() -> Joining.validate("north", "Ana", " ", null, true, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> Joining.validate("north", "Ana", "ana@example.org", null, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("researchConsent"));
        assertThatThrownBy(() -> Joining.validate("North Side", "Ana", "ana@example.org", null, true, null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("homeCenterId"));
        assertThatThrownBy(() -> Joining.validate("north", "Ana", "ana@example.org", null, true, NOW.plusSeconds(3600), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("joinedAt"));
    }

    @Test
    void personalDataNeverPrintsItsValues() {
        assertThat(new PersonalData("Ana", "ana@example.org", "+4930123456").toString())
                .doesNotContain("Ana").doesNotContain("example").doesNotContain("4930");
    }
}
