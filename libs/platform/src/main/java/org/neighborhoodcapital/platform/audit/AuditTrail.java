package org.neighborhoodcapital.platform.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.platform.security.Caller;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The service's append-only audit trail (collection {@value #COLLECTION}): who read personal data,
 * who pulled or exported which report and revision, who erased whom. Entries are only ever inserted;
 * no API changes or deletes one. The caller is taken from the current request.
 */
public class AuditTrail {

    public static final String COLLECTION = "audit";

    private final MongoTemplate mongo;
    private final String service;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, String service, Clock clock) {
        this.mongo = mongo;
        this.service = service;
        this.clock = clock;
    }

    /** Appends what the current caller did. {@code details} must not hold personal data (ids only). */
    public AuditEntry record(String action, String target, Map<String, ?> details) {
        Caller caller = Caller.current();
        Map<String, Object> copy = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((key, value) -> copy.put(key, value == null ? null : value instanceof Number || value instanceof Boolean
                    ? value : value.toString()));
        }
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), clock.instant(), service, caller.subject(),
                caller.roles().stream().map(Role::name).sorted().toList(), action, target, copy);
        return mongo.insert(entry);
    }

    /** Newest first, filtered by whatever is given. */
    public List<AuditEntry> find(String action, String subject, String target, int limit) {
        Criteria criteria = new Criteria();
        if (action != null && !action.isBlank()) {
            criteria = criteria.and("action").is(action);
        }
        if (subject != null && !subject.isBlank()) {
            criteria = criteria.and("subject").is(subject);
        }
        if (target != null && !target.isBlank()) {
            criteria = criteria.and("target").is(target);
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return mongo.find(query, AuditEntry.class);
    }
}
