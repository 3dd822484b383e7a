package org.neighborhoodcapital.reporting.closing;

import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.neighborhoodcapital.reporting.closing.persistence.RevisionStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Closed revisions carry their ImpactReportClosed in the platform outbox; their unique index exists from the start. */
@Configuration(proxyBeanMethods = false)
class ClosingConfiguration {

    @Bean
    OutboxCollection impactReportRevisionsOutbox() {
        return new OutboxCollection(RevisionStore.COLLECTION);
    }

    @Bean
    SmartInitializingSingleton impactReportRevisionIndexes(RevisionStore store) {
        return store::ensureIndexes;
    }
}
