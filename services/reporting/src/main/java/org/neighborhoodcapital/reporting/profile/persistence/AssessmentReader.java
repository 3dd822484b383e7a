package org.neighborhoodcapital.reporting.profile.persistence;

import static org.neighborhoodcapital.reporting.projection.persistence.ProjectionCollections.ASSESSMENTS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.neighborhoodcapital.reporting.profile.domain.AssessmentFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Loads every scored self-assessment (a participant's first ever may lie in any earlier year). */
@Component
public class AssessmentReader {

    private final MongoTemplate mongo;

    public AssessmentReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<AssessmentFacts> all() {
        List<AssessmentFacts> facts = new ArrayList<>();
        for (Document a : mongo.getCollection(ASSESSMENTS).find()) {
            Map<String, Double> scores = new HashMap<>();
            Document dimensions = a.get("dimensionScores", Document.class);
            if (dimensions != null) {
                dimensions.forEach((dimension, score) -> {
                    if (score instanceof Number number) {
                        scores.put(dimension, number.doubleValue());
                    }
                });
            }
            facts.add(new AssessmentFacts(UUID.fromString(a.getString("_id")), UUID.fromString(a.getString("participantId")),
                    a.getDate("answeredAt").toInstant(), scores,
                    a.get("subjectivityIndex") instanceof Number si ? si.doubleValue() : null));
        }
        return facts;
    }
}
