package org.neighborhoodcapital.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The dashboard in real headless Chromium on a seeded network: a network admin signs in through the
 * issuer's login form, every figure the dashboard shows equals the JSON report, and a check-in posted
 * to the events service appears on the center's live page within two seconds. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final int YEAR = Year.now(ZoneOffset.UTC).getValue();
    private static final String CENTER = SeededNetwork.CENTERS.get(0);
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(2);

    private static BrowserNetwork network;
    private static SeededNetwork seeded;
    private static ChromeDriver browser;
    private static Api reporting;

    @BeforeAll
    static void startNetworkAndBrowser() {
        Chromium.assumeInstalled();
        network = new BrowserNetwork(CENTER);
        reporting = new Api(network.reporting.port());
        seeded = new SeededNetwork(YEAR, new Api(network.memberships.port()), new Api(network.events.port())).seed();
        // reporting has taken in everything sent (attendances, the assessments, the check-ups)
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode report = report();
            assertThat(report.path("network").path("attendances").asLong()).isEqualTo(seeded.checkIns.size());
            assertThat(report.path("network").path("meanModelPositions").isArray()).isTrue();
            assertThat(report.path("centers")).hasSize(SeededNetwork.CENTERS.size());
            assertThat(profile().path("network").path("subjectivity").path("subjectivityIndex").path("n").asInt()).isEqualTo(10);
        });
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    @Order(1)
    void theDashboardAsksStrangersToSignInAndSendsSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(network.dashboardUrl() + "/dashboard/index.html"))
                        .header("Accept", "text/html,application/xhtml+xml").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/nc"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        // the dashboard's data calls without a session (and without a token) get a status, not a login page
        assertThat(reporting.anonymous().get("/api/reports/impact/" + YEAR).status()).isEqualTo(401);
        assertThat(reporting.anonymous().get("/api/live/network?year=" + YEAR, "text/event-stream").status()).isEqualTo(401);
        // bearer calls go to the platform's chain: center staff see their own center's stream only
        assertThat(reporting.as(TestTokens.centerStaff("c-south")).get("/api/live/centers/" + CENTER + "/activity",
                "text/event-stream").status()).isEqualTo(403);
        assertThat(reporting.as(TestTokens.centerStaff(CENTER)).get("/api/reports/impact/" + YEAR).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aNetworkAdminSignsInThroughTheIssuerAndSeesTheNumbersOfTheJsonReport() {
        browser.get(network.dashboardUrl() + "/");
        // the issuer's login form
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertThat(browser.getCurrentUrl()).startsWith(network.issuer.baseUrl());
        Chromium.screenshot(browser, "01-issuer-login");
        browser.findElement(By.name("username")).sendKeys(BrowserNetwork.ADMIN);
        browser.findElement(By.name("password")).sendKeys(network.adminPassword);
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/dashboard/index.html"));
        assertThat(browser.getCurrentUrl()).startsWith(network.dashboardUrl());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        JsonNode report = report();
        JsonNode profile = profile();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                String.valueOf(report.path("dataVersion").asLong()).equals(browser.findElement(By.tagName("body")).getDomAttribute("data-data-version")));
        // the charts drew (ECharts puts a canvas in each chart box)
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".chart canvas"), 5));
        Chromium.screenshot(browser, "02-network-dashboard");

        ReportMetrics expected = new ReportMetrics(report, profile);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (WebElement shown : browser.findElements(By.cssSelector("[data-metric]"))) {
            String metric = shown.getDomAttribute("data-metric");
            Optional<JsonNode> value = expected.expected(metric);
            if (value.isEmpty()) {
                continue;
            }
            compared++;
            String dataValue = shown.getDomAttribute("data-value");
            if (!ReportMetrics.shows(dataValue, value.get())) {
                mismatches.add(metric + ": page shows " + dataValue + " (\"" + shown.getText() + "\"), JSON has " + value.get());
            }
        }
        assertThat(mismatches).as("figures on the page that differ from the JSON report").isEmpty();
        assertThat(compared).as("figures compared").isGreaterThan(100);
        // the headline figures are there, as text too
        assertThat(text("network.attendances")).isEqualTo(String.format(java.util.Locale.US, "%,d", seeded.checkIns.size()));
        assertThat(text("network.eventsHeld")).isEqualTo(String.valueOf(report.path("network").path("eventsHeld").asLong()));
        for (String center : SeededNetwork.CENTERS) {
            assertThat(browser.findElements(By.cssSelector("[data-metric='center." + center + ".uniqueParticipants']"))).hasSize(1);
            assertThat(browser.findElements(By.cssSelector("[data-metric='center." + center + ".fourStepStage']"))).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("[data-metric='benchmark.attendances.median']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-metric='profile.network.subjectivity.subjectivityIndex.mean']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-metric='network.meanModelPositions.9']"))).hasSize(1);
    }

    @Test
    @Order(3)
    void aNewCheckInAppearsOnTheCentersLivePageWithinTwoSeconds() {
        browser.get(network.dashboardUrl() + "/dashboard/center.html?center=" + CENTER + "&year=" + YEAR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "open"));
        Chromium.screenshot(browser, "03-center-live-before");

        UUID[] fresh = seeded.unseededCheckIn(CENTER, 0);
        UUID event = fresh[0];
        UUID participant = fresh[1];
        Api events = new Api(network.events.port()).as(TestTokens.centerStaff(CENTER));
        long posted = System.nanoTime();
        Api.Answer answer = events.postJson("/api/centers/" + CENTER + "/check-ins",
                List.of(Map.of("eventId", event.toString(), "participantId", participant.toString())));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).as("a check-in not seeded before").isEqualTo(1);

        By row = By.cssSelector("#activity tr[data-kind='CHECK_IN'][data-participant-id='" + participant + "'][data-event-id='" + event + "']");
        new WebDriverWait(browser, LIVE_WITHIN, Duration.ofMillis(50)).until(ExpectedConditions.presenceOfElementLocated(row));
        long millis = (System.nanoTime() - posted) / 1_000_000;
        assertThat(millis).isLessThanOrEqualTo(LIVE_WITHIN.toMillis());
        assertThat(browser.findElement(By.cssSelector("[data-metric='live." + CENTER + ".CHECK_IN']")).getDomAttribute("data-value")).isEqualTo("1");
        Chromium.screenshot(browser, "04-center-live-after-check-in");

        // and the network KPIs follow without a reload
        browser.get(network.dashboardUrl() + "/dashboard/index.html?year=" + YEAR);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "open"));
        long before = Long.parseLong(browser.findElement(By.cssSelector("[data-metric='network.attendances']")).getDomAttribute("data-value"));
        UUID[] next = seeded.unseededCheckIn(CENTER, 1);
        UUID otherEvent = next[0];
        UUID another = next[1];
        Api.Answer second = events.postJson("/api/centers/" + CENTER + "/check-ins",
                List.of(Map.of("eventId", otherEvent.toString(), "participantId", another.toString())));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        long expected = before + second.json().path("accepted").asLong();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-metric='network.attendances']"), "data-value", String.valueOf(expected)));
        Chromium.screenshot(browser, "05-network-dashboard-live-update");
    }

    @Test
    @Order(4)
    void centerStaffSeeTheirOwnCentersLivePageAndNothingElse() {
        ChromeDriver staff = Chromium.start();
        try {
            staff.get(network.dashboardUrl() + "/");
            WebDriverWait wait = new WebDriverWait(staff, Duration.ofSeconds(90));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
            staff.findElement(By.name("username")).sendKeys(BrowserNetwork.STAFF);
            staff.findElement(By.name("password")).sendKeys(network.staffPassword);
            staff.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();

            // the home page sends center staff to their center's live page
            wait.until(ExpectedConditions.urlContains("/dashboard/center.html?center=" + CENTER));
            wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "open"));
            assertThat(staff.findElement(By.id("figures-panel")).getDomAttribute("class")).contains("hidden");
            Chromium.screenshot(staff, "06-center-staff-live-page");

            assertThat(status(staff, "/dashboard/index.html")).isEqualTo(403);
            assertThat(status(staff, "/dashboard/center.html?center=c-south")).isEqualTo(403);
            assertThat(status(staff, "/api/reports/impact/" + YEAR)).isEqualTo(403);
            assertThat(status(staff, "/api/live/network?year=" + YEAR)).isEqualTo(403);
            assertThat(status(staff, "/dashboard/center.html?center=" + CENTER)).isEqualTo(200);
        } finally {
            staff.quit();
        }
    }

    @Test
    @Order(5)
    void signingOutEndsTheDashboardSessionAndComesBackFromTheIssuer() {
        browser.get(network.dashboardUrl() + "/dashboard/index.html?year=" + YEAR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        assertThat(status(browser, "/api/dashboard/session")).isEqualTo(200);
        // the sign-out form posts the session's CSRF token
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signout button"))).click();
        // signed out at the issuer too, which sends the browser back to the dashboard's signed-out page
        wait.until(ExpectedConditions.urlToBe(network.dashboardUrl() + "/dashboard/signed-out.html"));
        assertThat(status(browser, "/api/dashboard/session")).isEqualTo(401);
    }

    /** The status of a same-origin GET made by the page's own JavaScript (with its session cookie). */
    private static int status(ChromeDriver driver, String path) {
        Object status = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { credentials: 'same-origin', redirect: 'manual' })"
                        + ".then(r => { const s = r.status; if (r.body) { r.body.cancel(); } done(s); })"
                        + ".catch(e => done(-1));", path);
        return ((Number) status).intValue();
    }

    private static String text(String metric) {
        return browser.findElement(By.cssSelector("[data-metric='" + metric + "']")).getText();
    }

    private static JsonNode report() {
        Api.Answer answer = reporting.get("/api/reports/impact/" + YEAR);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode profile() {
        Api.Answer answer = reporting.get("/api/reports/participant-profile/" + YEAR);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
