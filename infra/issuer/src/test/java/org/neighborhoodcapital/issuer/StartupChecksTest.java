package org.neighborhoodcapital.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.nimbusds.jose.jwk.RSAKey;

class StartupChecksTest {

    private static final IssuerMode PRODUCTION = new IssuerMode(true);
    private static final IssuerMode LOCAL = new IssuerMode(false);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dir;

    @Test
    void productionModeRefusesToStartWithoutAKeyFile() {
        assertThatThrownBy(() -> SigningKeys.load(null, PRODUCTION))
                .isInstanceOf(IssuerConfigurationException.class)
                .hasMessage("nc.issuer.key-file is not set; production mode needs the RSA signing key");
        assertThatThrownBy(() -> SigningKeys.load(dir.resolve("missing.pem"), PRODUCTION))
                .isInstanceOf(IssuerConfigurationException.class)
                .hasMessageContaining("does not exist");
        assertThat(dir.resolve("missing.pem")).doesNotExist();
    }

    @Test
    void locallyAMissingKeyIsMadeOwnerOnlyAndTheSameKeyComesBackAfterARestart() throws Exception {
        Path keyFile = dir.resolve("secrets/issuer-key.pem");

        RSAKey made = SigningKeys.load(keyFile, LOCAL);
        RSAKey reloaded = SigningKeys.load(keyFile, LOCAL);

        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(reloaded.getKeyID()).isEqualTo(made.getKeyID());
        assertThat(reloaded.toRSAPublicKey()).isEqualTo(made.toRSAPublicKey());
    }

    @Test
    void aFileThatIsNoKeyIsRefusedWithTheReason() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("key.pem"), "hello");

        assertThatThrownBy(() -> SigningKeys.load(keyFile, LOCAL))
                .isInstanceOf(IssuerConfigurationException.class)
                .hasMessageContaining("is not a PKCS#8 PEM private key");
    }

    @Test
    void productionModeRefusesToStartWithoutAClientSecret() {
        IssuerProperties noToolsSecret = properties(null, "a-dashboard-secret-long-enough");

        assertThatThrownBy(() -> new ConfiguredClients(noToolsSecret, PRODUCTION, encoder))
                .isInstanceOf(IssuerConfigurationException.class)
                .hasMessage("nc.issuer.tools-secret is not set; production mode needs the secret of client nc-tools");
    }

    @Test
    void locallyAClientWithoutASecretIsOff() {
        ConfiguredClients clients = new ConfiguredClients(properties("a-tools-secret", null), LOCAL, encoder);

        assertThat(clients.findByClientId(ConfiguredClients.TOOLS)).isNotNull();
        assertThat(clients.findByClientId(ConfiguredClients.DASHBOARD)).isNull();
    }

    @Test
    void aUserWhoseCentersBreakTheRulesStopsTheStartNamingTheEntry() {
        List<IssuerProperties.User> users = List.of(
                new IssuerProperties.User("admin", "pw", List.of("NETWORK_ADMIN"), List.of(), null),
                new IssuerProperties.User("kiosk", "pw", List.of("kiosk"), List.of("a", "b"), null));

        assertThatThrownBy(() -> new ConfiguredUsers(users, LOCAL, encoder))
                .isInstanceOf(IssuerConfigurationException.class)
                .hasMessageStartingWith("nc.issuer.users[1] (user kiosk): center: a kiosk token needs exactly one center");
    }

    private static IssuerProperties properties(String toolsSecret, String dashboardSecret) {
        return new IssuerProperties(URI.create("http://127.0.0.1:9000"), false, null, toolsSecret, Duration.ofHours(1),
                new IssuerProperties.Dashboard(dashboardSecret, List.of("http://127.0.0.1:8080/login/oauth2/code/nc"), true,
                        List.of("http://127.0.0.1:8080/dashboard/signed-out.html")),
                List.of());
    }
}
