package org.neighborhoodcapital.testsupport.http;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations a service describes at {@code /v3/api-docs} (springdoc, open without a token), as
 * {@code "GET /api/centers/{}/events/{}"}: what an access test compares with the endpoints it walks,
 * so that a new endpoint without an access rule fails the build.
 */
public final class ApiDocs {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ApiDocs() {
    }

    /** Every operation of the service's OpenAPI document, path variables written {@code {}}. */
    public static Set<String> operations(Api api) {
        Api.Answer description = api.anonymous().get("/v3/api-docs");
        if (description.status() != 200) {
            throw new AssertionError("GET /v3/api-docs without a token: " + description);
        }
        Set<String> operations = new TreeSet<>();
        description.json().get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(operation(method, path.getKey()))));
        return operations;
    }

    /** {@code ("post", "/api/centers/{centerId}/events")} → {@code "POST /api/centers/{}/events"}. */
    public static String operation(String method, String pathTemplate) {
        return method.toUpperCase(Locale.ROOT) + " " + anyNames(pathTemplate);
    }

    /** {@code /api/centers/{centerId}/events/{eventId}} and {@code /api/centers/{c}/events/{e}} alike: {@code /api/centers/{}/events/{}}. */
    public static String anyNames(String template) {
        return template.replaceAll("\\{[^}]+}", "{}");
    }
}
