package org.neighborhoodcapital.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** The issuer as its clients see it: over HTTP, tokens checked with Nimbus against the JWK set it serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nc.issuer.url=http://127.0.0.1:9000",
        "nc.issuer.tools-secret=" + IssuerIT.TOOLS_SECRET,
        "nc.issuer.dashboard.secret=" + IssuerIT.DASHBOARD_SECRET,
        "nc.issuer.dashboard.redirect-uris=" + IssuerIT.REDIRECT_URI,
        "nc.issuer.users[0].username=admin",
        "nc.issuer.users[0].password=" + IssuerIT.ADMIN_PASSWORD,
        "nc.issuer.users[0].roles=NETWORK_ADMIN",
        "nc.issuer.users[1].username=yard-staff",
        "nc.issuer.users[1].password=" + IssuerIT.ADMIN_PASSWORD,
        "nc.issuer.users[1].roles=center-staff",
        "nc.issuer.users[1].centers=north-yard",
})
class IssuerIT {

    static final String TOOLS_SECRET = "tools-secret-for-the-test";
    static final String DASHBOARD_SECRET = "dashboard-secret-for-the-test";
    static final String ADMIN_PASSWORD = "admin-password-for-the-test";
    static final String REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/nc";
    private static final Path KEY_FILE = keyFile();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) {
        registry.add("nc.issuer.key-file", KEY_FILE::toString);
    }

    @Test
    void centerStaffTokenIsSignedWithTheServedKeyAndCarriesTheContractClaims() throws Exception {
        HttpResponse<String> response = tokenRequest(TOOLS_SECRET, Map.of("role", "center-staff", "center", "north-yard"));

        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(field(response.body(), "access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey served = (RSAKey) servedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(served).as("the token's kid is in the served JWK set").isNotNull();
        assertThat(served.isPrivate()).as("the JWK set holds no private part").isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(served))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://127.0.0.1:9000");
        assertThat(claims.getSubject()).isEqualTo("nc-tools");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CENTER_STAFF");
        assertThat(claims.getStringListClaim("centers")).containsExactly("north-yard");
        assertThat(claims.getClaim("participant_id")).isNull();
        assertThat(claims.getExpirationTime().toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(Files.readString(KEY_FILE)).as("the key was made in the configured file").contains("BEGIN PRIVATE KEY");
    }

    @Test
    void participantTokenNamesItsParticipantAsSubjectAndParticipantId() throws Exception {
        UUID participant = UUID.randomUUID();

        HttpResponse<String> response = tokenRequest(TOOLS_SECRET, Map.of("role", "participant", "participant", participant.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(field(response.body(), "access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(participant.toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("PARTICIPANT");
        assertThat(claims.getStringListClaim("centers")).isEmpty();
        assertThat(claims.getStringClaim("participant_id")).isEqualTo(participant.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kiosk at two centers             | role=kiosk&center=north-yard&center=old-mill | center",
            "center staff without a center    | role=center-staff                            | center",
            "participant without a UUID       | role=participant&participant=42              | participant",
            "no role at all                   | center=north-yard                            | role",
            "a role that does not exist       | role=mayor                                   | role",
    })
    void aBadTokenRequestIsInvalidRequestNamingTheParameter(String why, String form, String parameter) throws Exception {
        HttpResponse<String> response = post("/oauth2/token", TOOLS_SECRET, "grant_type=client_credentials&" + form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(field(response.body(), "error")).isEqualTo("invalid_request");
        assertThat(field(response.body(), "error_description")).startsWith(parameter + ":");
    }

    @Test
    void aWrongSecretIsUnauthorized() throws Exception {
        HttpResponse<String> response = tokenRequest("not-the-secret", Map.of("role", "network-admin"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(field(response.body(), "error")).isEqualTo("invalid_client");
    }

    @Test
    void aDashboardUserSignsInWithPkceAndTheTokenCarriesTheUsersRolesAndCenters() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().repeat(2).getBytes());
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = url("/oauth2/authorize?response_type=code&client_id=nc-dashboard&scope=openid&state=s1"
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_challenge=" + challenge + "&code_challenge_method=S256");

        HttpResponse<String> toLogin = browser.send(get(authorize).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> loginPage = browser.send(get(url("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "username", "yard-staff", "password", ADMIN_PASSWORD, "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> toDashboard = browser.send(get(signedIn.headers().firstValue("Location").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = toDashboard.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT_URI + "?code=").contains("state=s1");
        String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        HttpResponse<String> tokens = post("/oauth2/token", "nc-dashboard", DASHBOARD_SECRET, form(Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier)));

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        for (String token : List.of(field(tokens.body(), "access_token"), field(tokens.body(), "id_token"))) {
            SignedJWT jwt = SignedJWT.parse(token);
            assertThat(jwt.verify(new RSASSAVerifier((RSAKey) servedKeys().getKeyByKeyId(jwt.getHeader().getKeyID())))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("yard-staff");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CENTER_STAFF");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("centers")).containsExactly("north-yard");
        }
    }

    @Test
    void theDashboardCannotSignInWithoutPkce() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String authorize = url("/oauth2/authorize?response_type=code&client_id=nc-dashboard&scope=openid&state=s2"
                + "&redirect_uri=" + encode(REDIRECT_URI));

        HttpResponse<String> response = browser.send(get(authorize).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(REDIRECT_URI).contains("error=invalid_request").contains("code_challenge"));
    }

    private HttpResponse<String> tokenRequest(String secret, Map<String, String> parameters) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(Map.of("grant_type", "client_credentials"));
        all.putAll(parameters);
        return post("/oauth2/token", secret, form(all));
    }

    private HttpResponse<String> post(String path, String secret, String body) throws IOException, InterruptedException {
        return post(path, "nc-tools", secret, body);
    }

    private HttpResponse<String> post(String path, String client, String secret, String body) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JWKSet servedKeys() throws Exception {
        return JWKSet.parse(http.send(get(url("/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private String url(String path) {
        return path.startsWith("http") ? path : "http://127.0.0.1:" + port + path;
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(matcher.find()).as("field %s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Path keyFile() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "issuer-it").resolve("secrets/issuer-key.pem");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
