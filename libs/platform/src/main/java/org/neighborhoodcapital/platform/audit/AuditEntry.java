package org.neighborhoodcapital.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One fact of the audit trail: who ({@code subject} with its roles) did what ({@code action}) to
 * which thing ({@code target}), when, in which service. Written once, never changed.
 */
@Document(AuditTrail.COLLECTION)
public record AuditEntry(
        @Id UUID id,
        Instant at,
        String service,
        String subject,
        List<String> roles,
        String action,
        String target,
        Map<String, Object> details) {
}
