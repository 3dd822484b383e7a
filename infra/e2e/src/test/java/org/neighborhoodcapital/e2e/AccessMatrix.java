package org.neighborhoodcapital.e2e;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every endpoint of every service with the callers issue #3 lets in (the access matrix of the team brief):
 * a network admin may call everything; the others only where a row names them. Paths and bodies are
 * templates: {@code {c}} is a center, {@code {p}} its participant, and so on (see {@link AccessFixture}),
 * so that the same row can be called on center A's and on center B's resources.
 */
final class AccessMatrix {

    /** The callers the matrix distinguishes besides the network admin, each acting for center A. */
    enum Who {
        /** CENTER_STAFF of center A. */
        STAFF,
        /** KIOSK of center A. */
        KIOSK,
        /** ANALYST (no center). */
        ANALYST,
        /** PARTICIPANT whose {@code participant_id} is center A's participant. */
        SELF
    }

    /** What the row's resource belongs to: a center (path or body), a participant (and so its home center), or nobody. */
    enum Scope {
        CENTER, PARTICIPANT, NETWORK
    }

    enum Service {
        EVENTS("events"), MEMBERSHIPS("memberships"), ASSESSMENTS("assessments"), REPORTING("reporting");

        final String jarName;

        Service(String jarName) {
            this.jarName = jarName;
        }
    }

    record Endpoint(Service service, String method, String path, String contentType, String body, Scope scope, Set<Who> allowed) {

        /** The path without its query, its variables unnamed: how {@code /v3/api-docs} is compared. */
        String operation() {
            return method + " " + normalized(path);
        }

        static String normalized(String path) {
            int query = path.indexOf('?');
            return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]+}", "{}");
        }

        @Override
        public String toString() {
            return service.jarName + ": " + method + " " + path + (contentType == null || contentType.equals(JSON) ? "" : " (" + contentType + ")")
                    + " " + (allowed.isEmpty() ? "[admin only]" : allowed);
        }
    }

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    /** Pages of the reporting dashboard: a browser signs in with a session there, they are no API (see its own tests). */
    static final Set<String> DASHBOARD_PAGES = Set.of("GET /");

    private static final Set<Who> STAFF = EnumSet.of(Who.STAFF);
    private static final Set<Who> STAFF_KIOSK = EnumSet.of(Who.STAFF, Who.KIOSK);
    private static final Set<Who> STAFF_SELF = EnumSet.of(Who.STAFF, Who.SELF);
    private static final Set<Who> ADMIN_ONLY = EnumSet.noneOf(Who.class);
    private static final Set<Who> ANALYST = EnumSet.of(Who.ANALYST);
    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);

    static final List<Endpoint> ALL = build();

    private static List<Endpoint> build() {
        List<Endpoint> rows = new ArrayList<>();
        Rows events = new Rows(rows, Service.EVENTS);
        events.post("/api/centers/{c}/events", """
                {"title":"Repair café","format":"WORKSHOP","startsAt":"2026-03-09T09:00:00Z","endsAt":"2026-03-09T12:00:00Z",
                 "capacity":30,"organizer":{"kind":"STAFF"},"priceMinor":0}""", Scope.CENTER, STAFF);
        events.get("/api/centers/{c}/events", Scope.CENTER, STAFF_KIOSK);
        events.get("/api/centers/{c}/events/{e}", Scope.CENTER, STAFF_KIOSK);
        events.post("/api/centers/{c}/events/{e}/reschedule",
                "{\"startsAt\":\"2026-03-02T09:30:00Z\",\"endsAt\":\"2026-03-02T12:30:00Z\"}", Scope.CENTER, STAFF);
        events.post("/api/centers/{c}/events/{e}/registrations", "{\"participantId\":\"{p}\"}", Scope.CENTER, STAFF_KIOSK);
        events.get("/api/centers/{c}/events/{e}/registrations/{r}", Scope.CENTER, STAFF_KIOSK);
        events.delete("/api/centers/{c}/events/{e}/registrations/{r}", Scope.CENTER, STAFF_KIOSK);
        events.post("/api/centers/{c}/check-ins",
                "[{\"eventId\":\"{e}\",\"participantId\":\"{p}\",\"checkedInAt\":\"2026-03-02T10:00:00Z\"}]", Scope.CENTER, STAFF_KIOSK);
        events.send("POST", "/api/centers/{c}/check-ins", NDJSON,
                "{\"eventId\":\"{e}\",\"participantId\":\"{p}\",\"checkedInAt\":\"2026-03-02T10:05:00Z\"}\n", Scope.CENTER, STAFF_KIOSK);
        events.get("/api/centers/{c}/calendar.ics", Scope.CENTER, STAFF_KIOSK);
        events.post("/api/centers/{c}/events/{eCancel}/cancel", "{\"reason\":\"heating failure\"}", Scope.CENTER, STAFF);
        events.post("/api/centers/{c}/initiatives",
                "{\"title\":\"Seed library\",\"type\":\"SHARING\",\"leaderId\":\"{p}\",\"launchedAt\":\"2026-02-01T10:00:00Z\"}",
                Scope.CENTER, STAFF);
        events.get("/api/centers/{c}/initiatives", Scope.CENTER, STAFF);
        events.get("/api/centers/{c}/initiatives/{i}", Scope.CENTER, STAFF);
        events.get("/api/audit", Scope.NETWORK, ADMIN_ONLY);

        Rows memberships = new Rows(rows, Service.MEMBERSHIPS);
        // centers without an operating budget (see AccessFixture#create)
        memberships.post("/api/centers", "{\"id\":\"{newCenter}\",\"name\":\"Center by the river\",\"city\":\"Kazan\",\"timezone\":\"Europe/Moscow\"}",
                Scope.NETWORK, ADMIN_ONLY);
        memberships.send("PUT", "/api/centers/{c}", JSON, "{\"name\":\"Center {c}\",\"city\":\"Kazan\",\"timezone\":\"Europe/Moscow\"}",
                Scope.CENTER, ADMIN_ONLY);
        memberships.get("/api/centers", Scope.NETWORK, EnumSet.of(Who.STAFF, Who.KIOSK, Who.ANALYST));
        memberships.get("/api/centers/{c}", Scope.CENTER, EnumSet.of(Who.STAFF, Who.KIOSK, Who.ANALYST));
        memberships.post("/api/centers/{c}/pass-plans",
                "{\"name\":\"Winter\",\"tier\":\"BASIC\",\"priceMinor\":50000,\"currency\":\"RUB\",\"durationDays\":90,\"scope\":\"CENTER\"}",
                Scope.CENTER, STAFF);
        memberships.get("/api/centers/{c}/pass-plans", Scope.CENTER, STAFF_KIOSK);
        memberships.get("/api/centers/{c}/pass-plans/{plan}", Scope.CENTER, STAFF_KIOSK);
        memberships.post("/api/participants", AccessFixture.joinBody("{c}", AccessFixture.JOINED_BY_THE_WALK), Scope.CENTER, STAFF);
        memberships.get("/api/participants/{p}", Scope.PARTICIPANT, EnumSet.of(Who.STAFF, Who.KIOSK, Who.SELF));
        memberships.post("/api/participants/{p}/consent", "{\"researchConsent\":true}", Scope.PARTICIPANT, STAFF_SELF);
        memberships.post("/api/participants/{p}/passes", "{\"planId\":\"{plan}\",\"purchasedAt\":\"2026-03-01T10:00:00Z\"}",
                Scope.PARTICIPANT, STAFF);
        memberships.get("/api/participants/{p}/passes", Scope.PARTICIPANT, STAFF_SELF);
        memberships.get("/api/participants/{p}/passes/{pass}", Scope.PARTICIPANT, STAFF_SELF);
        memberships.post("/api/participants/{p}/passes/{pass}/renew", "{\"renewedAt\":\"2026-05-30T10:00:00Z\"}", Scope.PARTICIPANT, STAFF);
        memberships.post("/api/participants/{p}/passes/{pass}/cancel", "{\"refundMinor\":0,\"cancelledAt\":\"2026-06-01T10:00:00Z\"}",
                Scope.PARTICIPANT, STAFF);
        memberships.post("/api/participants/{p}/promotions", "{\"to\":\"PARTICIPANT\",\"reason\":\"came to the repair café\"}",
                Scope.PARTICIPANT, STAFF);
        memberships.delete("/api/participants/{pErase}", Scope.PARTICIPANT, STAFF);
        memberships.get("/api/audit", Scope.NETWORK, ADMIN_ONLY);

        Rows assessments = new Rows(rows, Service.ASSESSMENTS);
        assessments.post("/api/participants/{p}/subjectivity-assessments", "{selfAssessmentBody}", Scope.PARTICIPANT, STAFF_SELF);
        assessments.get("/api/participants/{p}/subjectivity-assessments", Scope.PARTICIPANT, STAFF_SELF);
        assessments.get("/api/participants/{p}/subjectivity-assessments/{sa}", Scope.PARTICIPANT, STAFF_SELF);
        assessments.post("/api/centers/{c}/model-assessments", AccessFixture.MODEL_CHECKUP, Scope.CENTER, STAFF);
        assessments.get("/api/centers/{c}/model-assessments", Scope.CENTER, STAFF);
        assessments.get("/api/centers/{c}/model-assessments/{ma}", Scope.CENTER, STAFF);
        assessments.get("/api/model/scales", Scope.NETWORK, ANYONE);
        assessments.get("/api/model/reference", Scope.NETWORK, ANYONE);
        assessments.get("/api/instruments/subjectivity", Scope.NETWORK, ANYONE);
        assessments.get("/api/instruments/subjectivity/{v}", Scope.NETWORK, ANYONE);
        assessments.get("/api/audit", Scope.NETWORK, ADMIN_ONLY);

        Rows reporting = new Rows(rows, Service.REPORTING);
        reporting.get("/api/reports/impact/{y}", Scope.NETWORK, ANALYST);
        reporting.get("/api/reports/impact/{y}?format=csv", Scope.NETWORK, ANALYST);
        reporting.get("/api/reports/participant-profile/{y}", Scope.NETWORK, ANALYST);
        reporting.get("/api/reports/participant-profile/{y}?format=csv", Scope.NETWORK, ANALYST);
        reporting.post("/api/reports/impact/{y}/close", null, Scope.NETWORK, ADMIN_ONLY);
        reporting.get("/api/reports/impact/{y}?revision=1", Scope.NETWORK, ANALYST);
        reporting.get("/api/live/centers/{c}/activity", Scope.CENTER, EnumSet.of(Who.STAFF, Who.ANALYST));
        reporting.get("/api/live/network", Scope.NETWORK, ANALYST);
        // not in the brief's matrix: the dashboard's own data calls (who is signed in; chart settings, no personal data)
        reporting.get("/api/dashboard/session", Scope.NETWORK, ANYONE);
        reporting.get("/api/dashboard/settings", Scope.NETWORK, ANYONE);
        reporting.get("/api/audit", Scope.NETWORK, ADMIN_ONLY);
        return List.copyOf(rows);
    }

    private record Rows(List<Endpoint> rows, Service service) {

        void get(String path, Scope scope, Set<Who> allowed) {
            send("GET", path, null, null, scope, allowed);
        }

        void post(String path, String body, Scope scope, Set<Who> allowed) {
            send("POST", path, body == null ? null : JSON, body, scope, allowed);
        }

        void delete(String path, Scope scope, Set<Who> allowed) {
            send("DELETE", path, null, null, scope, allowed);
        }

        void send(String method, String path, String contentType, String body, Scope scope, Set<Who> allowed) {
            rows.add(new Endpoint(service, method, path, contentType, body, scope, Set.copyOf(allowed)));
        }
    }

    private AccessMatrix() {
    }
}
