package org.neighborhoodcapital.reporting.live;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the live streams ({@code nc.reporting.live.*}).
 *
 * @param heartbeat       how often an idle stream gets a comment line, so proxies and clients keep it open
 * @param queueCapacity   items buffered per subscriber; when a slow client's buffer is full, the newest
 *                        items are dropped (and counted to the client), never waiting on it
 * @param maxSubscribers  open streams accepted at once (503 beyond)
 * @param streamTimeout   after this long a stream is completed; the browser's EventSource reconnects
 * @param networkInterval the network KPIs are sent at most this often, only after the projections changed
 */
@Validated
@ConfigurationProperties("nc.reporting.live")
public record LiveProperties(
        @DefaultValue("15s") @NotNull Duration heartbeat,
        @DefaultValue("256") @Min(1) @Max(100_000) int queueCapacity,
        @DefaultValue("500") @Min(1) int maxSubscribers,
        @DefaultValue("30m") @NotNull Duration streamTimeout,
        @DefaultValue("1s") @NotNull Duration networkInterval) {
}
