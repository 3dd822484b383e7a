package org.neighborhoodcapital.memberships;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the memberships service ({@code nc.memberships.*}).
 *
 * @param personalDataKey base64 of 32 random bytes ({@code openssl rand -base64 32}); participants'
 *                        names, e-mails and phones are encrypted with a key derived from it, and their
 *                        contact fingerprints are keyed with another. Required: there is deliberately
 *                        no default. Losing it makes the stored personal data unreadable; changing it
 *                        makes existing records unreadable and their contacts unmatched.
 * @param funnel          thresholds of the development funnel and its re-check of future steps
 * @param passes          expiry of season tickets
 */
@Validated
@ConfigurationProperties("nc.memberships")
public record MembershipsProperties(
        @NotBlank(message = "nc.memberships.personal-data-key must be set: a base64-encoded 32-byte key (e.g. `openssl rand -base64 32`) that encrypts participants' personal data")
        String personalDataKey,
        @Valid @DefaultValue Funnel funnel,
        @Valid @DefaultValue Passes passes) {

    /**
     * @param participantEvents   distinct (not cancelled) events attended to become PARTICIPANT
     * @param initiatorActivities events organized plus initiatives launched to become INITIATOR
     * @param leaderAttendees     distinct participants the events of a led initiative must draw to make its leader LEADER
     * @param recheckInterval     how often participants with a step dated in the future (an event they organize
     *                            that has not started yet) are looked at again
     * @param recheckEnabled      false: no re-check loop on this instance (tests call it themselves)
     */
    public record Funnel(
            @DefaultValue("3") @Min(1) @Max(1000) int participantEvents,
            @DefaultValue("1") @Min(1) @Max(1000) int initiatorActivities,
            @DefaultValue("5") @Min(1) @Max(100_000) int leaderAttendees,
            @DefaultValue("30s") @NotNull Duration recheckInterval,
            @DefaultValue("true") boolean recheckEnabled) {
    }

    /**
     * @param expiryInterval  how often passes whose validity ended are marked EXPIRED and announced
     * @param expiryEnabled   false: no expiry loop on this instance
     * @param expiryBatchSize passes looked at per round
     */
    public record Passes(
            @DefaultValue("30s") @NotNull Duration expiryInterval,
            @DefaultValue("true") boolean expiryEnabled,
            @DefaultValue("500") @Min(1) @Max(100_000) int expiryBatchSize) {
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "MembershipsProperties[personalDataKey=" + (personalDataKey == null ? "null" : "******")
                + ", funnel=" + funnel + ", passes=" + passes + "]";
    }
}
