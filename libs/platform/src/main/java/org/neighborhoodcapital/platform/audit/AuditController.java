package org.neighborhoodcapital.platform.audit;

import java.util.List;

import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the service's audit trail, newest first, for network admins only. Read-only by design. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    public List<AuditEntry> entries(@RequestParam(required = false) String action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "100") int limit) {
        Access.requireRole(Role.NETWORK_ADMIN);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return trail.find(action, subject, target, limit);
    }
}
