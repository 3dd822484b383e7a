package org.neighborhoodcapital.memberships.participant.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.memberships.participant.domain.ContactField;
import org.neighborhoodcapital.memberships.participant.domain.PersonalData;

class PersonalDataProtectionTest {

    static final String KEY = "q0X6m3VvC0F0k2mJ8f4c1tK9bZr7yW5uN3pL1hD6sE8=";
    static final String OTHER_KEY = "dGhpcyBpcyBhbm90aGVyIDMyLWJ5dGUga2V5ISEhISE=";

    final PersonalDataProtection protection = PersonalDataProtection.fromConfiguredKey(KEY);
    final UUID participant = UUID.fromString("8a0c3c9e-51f1-4b8e-9d5e-0c1a6a1d2f3b");
    final PersonalData ana = new PersonalData("Ана Кузнецова", "ana.k@example.org", "+7 912 345-67-89");

    @Test
    void whatIsSealedOpensToTheSameData() {
        assertThat(protection.open(participant, protection.seal(participant, ana))).isEqualTo(ana);
        PersonalData phoneOnly = new PersonalData("Bo", null, "+4930123456");
        assertThat(protection.open(participant, protection.seal(participant, phoneOnly))).isEqualTo(phoneOnly);
    }

    @Test
    void theCiphertextContainsNoneOfThePlaintextInAnyCommonEncoding() {
        byte[] sealed = protection.seal(participant, ana);

        String asLatin1 = new String(sealed, StandardCharsets.ISO_8859_1);
        String asUtf8 = new String(sealed, StandardCharsets.UTF_8);
        String asBase64 = Base64.getEncoder().encodeToString(sealed);
        String asHex = HexFormat.of().formatHex(sealed);
        for (String secret : new String[] {"Ана", "Кузнецова", "ana.k", "example.org", "912", "345-67-89"}) {
            String utf8AsLatin1 = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertThat(asLatin1).doesNotContain(utf8AsLatin1);
            assertThat(asUtf8).doesNotContain(secret);
            assertThat(asBase64).doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)).replace("=", ""));
            assertThat(asHex).doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        assertThat(protection.seal(participant, ana)).isNotEqualTo(protection.seal(participant, ana));
    }

    @Test
    void aBlobMovedToAnotherParticipantAlteredOrSealedWithAnotherKeyDoesNotOpen() {
        byte[] sealed = protection.seal(participant, ana);

        assertThatThrownBy(() -> protection.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.clone();
        altered[altered.length - 20] ^= 1;
        assertThatThrownBy(() -> protection.open(participant, altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PersonalDataProtection.fromConfiguredKey(OTHER_KEY).open(participant, sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("ana");
    }

    @Test
    void fingerprintsMatchTheSameContactAtTheSameCenterOnly() {
        String atNorth = protection.fingerprint("north", ContactField.EMAIL, "ana.k@example.org");

        assertThat(protection.fingerprint("north", ContactField.EMAIL, "ana.k@example.org")).isEqualTo(atNorth);
        assertThat(protection.fingerprint("south", ContactField.EMAIL, "ana.k@example.org")).isNotEqualTo(atNorth);
        assertThat(protection.fingerprint("north", ContactField.PHONE, "ana.k@example.org")).isNotEqualTo(atNorth);
        assertThat(PersonalDataProtection.fromConfiguredKey(OTHER_KEY).fingerprint("north", ContactField.EMAIL, "ana.k@example.org"))
                .isNotEqualTo(atNorth);
        assertThat(atNorth).doesNotContain("ana").matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void aMissingShortOrMalformedKeyIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> PersonalDataProtection.fromConfiguredKey(null))
                .hasMessageContaining("nc.memberships.personal-data-key").hasMessageContaining("not set");
        assertThatThrownBy(() -> PersonalDataProtection.fromConfiguredKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("nc.memberships.personal-data-key").hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> PersonalDataProtection.fromConfiguredKey("not base64 at all!"))
                .hasMessageContaining("nc.memberships.personal-data-key").hasMessageContaining("base64");
    }
}
