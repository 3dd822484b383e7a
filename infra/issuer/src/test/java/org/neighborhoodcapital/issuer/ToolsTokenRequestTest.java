package org.neighborhoodcapital.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolsTokenRequestTest {

    @Test
    void centersMayBeRepeatedOrCommaSeparatedAndAreKeptOnceInOrder() {
        AccessClaims claims = ToolsTokenRequest.claims(Map.of(
                "role", "center-staff",
                "center", new String[] {"north-yard,old-mill", "north-yard", " river-quarter "}), "nc-tools");

        assertThat(claims.roleNames()).containsExactly("CENTER_STAFF");
        assertThat(claims.centers()).containsExactly("north-yard", "old-mill", "river-quarter");
        assertThat(claims.subject()).isEqualTo("nc-tools");
        assertThat(claims.participantId()).isNull();
    }

    @Test
    void aParticipantTokenIsAboutThatParticipant() {
        UUID id = UUID.randomUUID();

        AccessClaims claims = ToolsTokenRequest.claims(Map.of("role", "participant", "participant", id.toString()), "nc-tools");

        assertThat(claims.roleNames()).containsExactly("PARTICIPANT");
        assertThat(claims.participantId()).isEqualTo(id);
        assertThat(claims.subject()).isEqualTo(id.toString());
    }

    @Test
    void roleNamesAreAcceptedInTheClaimsSpellingToo() {
        assertThat(ToolsTokenRequest.claims(Map.of("role", "NETWORK_ADMIN"), "nc-tools").roleNames())
                .containsExactly("NETWORK_ADMIN");
    }

    @Test
    void aToolMayNameItselfForTheAuditTrail() {
        assertThat(ToolsTokenRequest.claims(Map.of("role", "network-admin", "subject", "demo-seeder"), "nc-tools").subject())
                .isEqualTo("demo-seeder");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no role                      | ||| role:",
            "unknown role                 | janitor||| role: unknown role 'janitor'",
            "two roles                    | analyst,kiosk|north-yard|| role: give one role",
            "kiosk without a center       | kiosk||| center: a kiosk token needs exactly one center",
            "kiosk with two centers       | kiosk|north-yard,old-mill|| center: a kiosk token needs exactly one center",
            "center staff without center  | center-staff||| center: a center-staff token needs at least one center",
            "analyst with a center        | analyst|north-yard|| center: only center-staff and kiosk tokens carry centers",
            "center id with a slash       | center-staff|north/yard|| center: 'north/yard' is not a center id",
            "participant without an id    | participant||| participant: a participant token needs",
            "participant id not a UUID    | participant||not-a-uuid| participant: 'not-a-uuid' is not a UUID",
            "admin with a participant id  | network-admin||3f1c3a52-7f43-4a70-9d2b-6c0f3f7c2a11| participant: only a participant token",
    })
    void aBadRequestIsRefusedNamingTheParameter(String why, String role, String center, String participant, String message) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (role != null) {
            parameters.put("role", role);
        }
        if (center != null) {
            parameters.put("center", center);
        }
        if (participant != null) {
            parameters.put("participant", participant);
        }

        assertThatThrownBy(() -> ToolsTokenRequest.claims(parameters, "nc-tools"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message.trim());
    }
}
