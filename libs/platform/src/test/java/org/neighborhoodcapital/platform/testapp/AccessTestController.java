package org.neighborhoodcapital.platform.testapp;

import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.platform.audit.AuditTrail;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Caller;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints guarded the way the services guard theirs, for the platform's security tests. */
@RestController
@RequestMapping("/test/access")
public class AccessTestController {

    /** Every test participant lives at center "home". */
    static final String HOME = "home";

    private final AuditTrail audit;

    public AccessTestController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/centers/{centerId}")
    public Map<String, Object> center(@PathVariable String centerId) {
        Caller caller = Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return Map.of("centerId", centerId, "subject", caller.subject());
    }

    @GetMapping("/participants/{participantId}")
    public Map<String, Object> participant(@PathVariable UUID participantId) {
        Access.requireParticipant(participantId, HOME, Role.CENTER_STAFF, Role.PARTICIPANT);
        audit.record("participant.read", "participant/" + participantId, Map.of("personalData", Access.seesPersonalData(HOME)));
        return Map.of("participantId", participantId, "personalData", Access.seesPersonalData(HOME));
    }

    @GetMapping("/reports")
    public Map<String, Object> reports() {
        Access.requireRole(Role.ANALYST);
        return Map.of("ok", true);
    }
}
