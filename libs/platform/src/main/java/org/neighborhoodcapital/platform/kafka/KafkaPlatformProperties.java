package org.neighborhoodcapital.platform.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code nc.kafka.*}: topics the platform creates and how listeners retry.
 *
 * @param partitions        partitions of every topic in {@code Topics.ALL} and of its dead-letter topic
 * @param replicationFactor replication factor of those topics
 * @param batchMaxRecords   {@code max.poll.records} of {@code batchListenerContainerFactory}
 * @param deliveryAttempts  deliveries of a failing record (first one included) before it is
 *                          dead-lettered; records that cannot be decoded are dead-lettered at once
 * @param retryInterval     pause between two deliveries of a failing record
 */
@Validated
@ConfigurationProperties("nc.kafka")
public record KafkaPlatformProperties(
        @DefaultValue("3") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) @Max(Short.MAX_VALUE) int replicationFactor,
        @DefaultValue("2000") @Min(1) int batchMaxRecords,
        @DefaultValue("3") @Min(1) int deliveryAttempts,
        @DefaultValue("200ms") @NotNull Duration retryInterval) {
}
