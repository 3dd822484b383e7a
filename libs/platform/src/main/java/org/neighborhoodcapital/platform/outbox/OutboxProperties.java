package org.neighborhoodcapital.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code nc.outbox.*}: the {@link OutboxRelay}.
 *
 * @param relayEnabled  false leaves pending messages where they are (crash tests, maintenance)
 * @param batchSize     documents read per collection and round, by the hinted path and by a sweep each
 * @param pollInterval  pause between rounds when there is nothing more to do ({@link OutboxRelay#wakeUp()}
 *                      and {@link OutboxRelay#hint} cut it short)
 * @param maxBackoff    longest pause after failed rounds (the pause doubles from {@code pollInterval})
 * @param sendTimeout   how long a round waits for the broker to acknowledge its messages
 * @param sweepInterval longest time between two sweeps (scans of the {@value Outbox#PENDING} flag) when
 *                      nothing else asks for one; checked between rounds. A safety net only: writers name
 *                      their documents, and a start, a failure or an overflow sweeps at once; on the
 *                      embedded store a sweep reads the whole collection
 * @param maxHintedIds  hinted document ids the relay keeps waiting, all collections together; beyond
 *                      that it drops them and sweeps instead
 */
@Validated
@ConfigurationProperties("nc.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("1000") @Min(1) int batchSize,
        @DefaultValue("200ms") @NotNull Duration pollInterval,
        @DefaultValue("10s") @NotNull Duration maxBackoff,
        @DefaultValue("30s") @NotNull Duration sendTimeout,
        @DefaultValue("30s") @NotNull Duration sweepInterval,
        @DefaultValue("200000") @Min(1) int maxHintedIds) {
}
