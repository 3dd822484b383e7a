package org.neighborhoodcapital.platform.testapp;

import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A service as small as can be: the platform auto-configuration, one outbox collection, test listeners and controller. */
@SpringBootApplication
public class PlatformTestApplication {

    public static final String OUTBOX_COLLECTION = "orders";

    @Bean
    OutboxCollection ordersOutbox() {
        return new OutboxCollection(OUTBOX_COLLECTION);
    }
}
