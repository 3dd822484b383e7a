package org.neighborhoodcapital.memberships;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.neighborhoodcapital.memberships.common.application.PeriodicJob;
import org.neighborhoodcapital.memberships.funnel.application.FunnelRecheck;
import org.neighborhoodcapital.memberships.funnel.domain.FunnelThresholds;
import org.neighborhoodcapital.memberships.participant.protection.PersonalDataProtection;
import org.neighborhoodcapital.memberships.pass.application.PassExpiry;
import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the memberships service: settings, clock, personal-data protection, funnel thresholds,
 * the collections whose documents carry outbox records, and the two periodic jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MembershipsProperties.class)
public class MembershipsConfiguration {

    /** One document per center, {@code _id} = the center slug. */
    public static final String CENTERS = "centers";
    /** One document per participant, {@code _id} = the participant id; personal data encrypted. */
    public static final String PARTICIPANTS = "participants";
    public static final String PASS_PLANS = "pass_plans";
    public static final String PASSES = "passes";

    /** Milliseconds: what MongoDB stores of an instant, so that what we answer is what we read back later. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.system(ZoneOffset.UTC), Duration.ofMillis(1));
    }

    @Bean
    PersonalDataProtection personalDataProtection(MembershipsProperties properties) {
        return PersonalDataProtection.fromConfiguredKey(properties.personalDataKey());
    }

    @Bean
    FunnelThresholds funnelThresholds(MembershipsProperties properties) {
        MembershipsProperties.Funnel funnel = properties.funnel();
        return new FunnelThresholds(funnel.participantEvents(), funnel.initiatorActivities(), funnel.leaderAttendees());
    }

    @Bean
    OutboxCollection centersOutbox() {
        return new OutboxCollection(CENTERS);
    }

    @Bean
    OutboxCollection participantsOutbox() {
        return new OutboxCollection(PARTICIPANTS);
    }

    @Bean
    OutboxCollection passesOutbox() {
        return new OutboxCollection(PASSES);
    }

    @Bean
    PeriodicJob passExpiryJob(PassExpiry expiry, MembershipsProperties properties) {
        return new PeriodicJob("pass-expiry", properties.passes().expiryInterval(), properties.passes().expiryEnabled(),
                expiry::expireDue);
    }

    @Bean
    PeriodicJob funnelRecheckJob(FunnelRecheck recheck, MembershipsProperties properties) {
        return new PeriodicJob("funnel-recheck", properties.funnel().recheckInterval(), properties.funnel().recheckEnabled(),
                recheck::recheckDue);
    }
}
