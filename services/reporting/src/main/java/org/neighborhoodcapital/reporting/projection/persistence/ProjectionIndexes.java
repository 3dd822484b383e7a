package org.neighborhoodcapital.reporting.projection.persistence;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Creates the projection indexes at startup, before the listeners start writing. */
@Component
class ProjectionIndexes implements SmartInitializingSingleton {

    private final ProjectionStore store;

    ProjectionIndexes(ProjectionStore store) {
        this.store = store;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.ensureIndexes();
    }
}
