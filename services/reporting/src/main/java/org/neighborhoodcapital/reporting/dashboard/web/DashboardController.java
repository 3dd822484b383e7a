package org.neighborhoodcapital.reporting.dashboard.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neighborhoodcapital.reporting.ReportingProperties;
import org.neighborhoodcapital.reporting.dashboard.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's entry point and its two small data calls: who is signed in (with the CSRF token the
 * sign-out form posts back), and the settings the charts need (the model reference profile).
 */
@RestController
class DashboardController {

    /** The ten check-up scales (pole at −3 ↔ pole at +3), in order. */
    static final List<String> MODEL_SCALES = List.of(
            "Subject of socio-economic development ↔ object of territorial development",
            "Aggregator and \"capital\" of the whole ↔ autonomous element of social space",
            "Internal community resources, self-sufficiency ↔ dependence on a budget",
            "Distributed leadership ↔ rigid administrative control",
            "Formal membership / pass statuses ↔ open solidarity community",
            "Local agenda ↔ federal agenda",
            "Strategic decisions ↔ \"urgent\" fire-fighting",
            "Unlocking everyone's potential ↔ focus on the existing core team",
            "Social projects ↔ commercial projects",
            "Openness to the new, innovation ↔ conservatism");

    private final ReportingProperties properties;

    DashboardController(ReportingProperties properties) {
        this.properties = properties;
    }

    /** Network roles land on the network dashboard, center staff on their (first) center's live page. */
    @GetMapping("/")
    ResponseEntity<Void> home() {
        Viewer viewer = Viewer.current();
        String target;
        if (viewer.seesNetwork()) {
            target = "/dashboard/index.html";
        } else if (viewer.has(Viewer.CENTER_STAFF) && !viewer.centers().isEmpty()) {
            target = "/dashboard/center.html?center="
                    + URLEncoder.encode(new TreeSet<>(viewer.centers()).first(), StandardCharsets.UTF_8);
        } else {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
    }

    @GetMapping("/api/dashboard/session")
    Map<String, Object> session(CsrfToken csrf) {
        Viewer viewer = Viewer.current();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("subject", viewer.subject());
        session.put("roles", new TreeSet<>(viewer.roles()));
        session.put("centers", new TreeSet<>(viewer.centers()));
        session.put("seesNetwork", viewer.seesNetwork());
        if (csrf != null) {
            session.put("csrf", Map.of("parameterName", csrf.getParameterName(), "headerName", csrf.getHeaderName(),
                    "token", csrf.getToken()));
        }
        return session;
    }

    @GetMapping("/api/dashboard/settings")
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("modelReference", properties.modelReference());
        settings.put("modelScales", MODEL_SCALES);
        settings.put("suppressionK", properties.suppressionK());
        return settings;
    }
}
