package org.neighborhoodcapital.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the events service ({@code nc.events.*}).
 *
 * @param maxCheckInsPerRequest the most check-ins one request may carry; a longer batch is refused whole (413)
 * @param participants          whether participants are checked against the memberships replica
 */
@Validated
@ConfigurationProperties("nc.events")
public record EventsProperties(
        @DefaultValue("10000") @Min(1) @Max(100_000) int maxCheckInsPerRequest,
        @DefaultValue Participants participants) {

    /**
     * @param check {@code true} (default): registrations, check-ins, resident organizers and initiative
     *              leaders must name a participant known from {@code memberships.participants.v1} and
     *              not erased; {@code false}: every well-formed id is accepted (a network without memberships)
     */
    public record Participants(@DefaultValue("true") boolean check) {
    }
}
