package org.neighborhoodcapital.events;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.neighborhoodcapital.events.calendar.persistence.EventRepository;
import org.neighborhoodcapital.events.checkin.persistence.CheckInRepository;
import org.neighborhoodcapital.events.initiative.persistence.InitiativeRepository;
import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the events service: its settings, its clock, and the collections whose documents carry outbox records. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsConfiguration {

    /** Milliseconds: what MongoDB stores of an instant, so that what we answer is what we read back later. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.system(ZoneOffset.UTC), Duration.ofMillis(1));
    }

    @Bean
    OutboxCollection eventsOutbox() {
        return new OutboxCollection(EventRepository.COLLECTION);
    }

    @Bean
    OutboxCollection checkInsOutbox() {
        return new OutboxCollection(CheckInRepository.COLLECTION);
    }

    @Bean
    OutboxCollection initiativesOutbox() {
        return new OutboxCollection(InitiativeRepository.COLLECTION);
    }
}
