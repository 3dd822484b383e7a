package org.neighborhoodcapital.reporting.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.JsonNode;

/** Export documents from the reports' JSON bodies, and the HTTP answer carrying a rendered one. */
public final class ReportDocuments {

    /** The impact report as the GET serves it: live, or a closed revision with its hash and late arrivals. */
    public static ExportDocument impact(JsonNode body) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("status", body.path("status").asString(""));
        Integer revision = null;
        if ("closed".equals(body.path("status").asString(""))) {
            revision = body.path("revision").asInt();
            about.put("revision", Integer.toString(revision));
            about.put("contentHash", body.path("contentHash").asString(""));
            about.put("closedAt", body.path("closedAt").asString(""));
        }
        about.put("generatedAt", body.path("generatedAt").asString(""));
        about.put("dataVersion", body.path("dataVersion").asString(""));
        if (body.has("lateArrivals")) {
            about.put("lateArrivals", body.path("lateArrivals").path("count").asString("0") + " since "
                    + body.path("lateArrivals").path("since").asString(""));
        }
        about.put("scope", "network rows have an empty centerId (group network)");
        List<ReportRow> rows = ImpactRows.of(body);
        return new ExportDocument("impact-report", "Neighborhood Capital - network impact report " + body.path("year").asInt(),
                body.path("year").asInt(), revision, about, 0, rows, ImpactRows.charts(rows));
    }

    /** The participant profile as the GET serves it (always live). */
    public static ExportDocument profile(JsonNode body) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("generatedAt", body.path("generatedAt").asString(""));
        about.put("dataVersion", body.path("dataVersion").asString(""));
        int k = body.path("suppressionK").asInt(5);
        about.put("suppression", "figures over fewer than " + k + " participants are withheld: suppressed (n < " + k + ")");
        List<ReportRow> rows = ProfileRows.of(body);
        return new ExportDocument("participant-profile", "Neighborhood Capital - average participant's profile "
                + body.path("year").asInt(), body.path("year").asInt(), null, about, k, rows, ProfileRows.charts(rows));
    }

    /** The rendered document as an attachment named after the report, year and revision. */
    public static ResponseEntity<byte[]> attachment(ExportFormat format, ExportDocument document) {
        byte[] content = Exports.render(format, document);
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(format)).build().toString())
                .body(content);
    }

    private ReportDocuments() {
    }
}
