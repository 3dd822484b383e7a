package org.neighborhoodcapital.events.initiative.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;

class LaunchingAnInitiativeTest {

    private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

    @Test
    void launchedAtDefaultsToNowAndMayLieInThePast() {
        UUID leader = UUID.randomUUID();

        Initiative today = Initiative.launch(UUID.randomUUID(), "north-harbour", "Tool library", InitiativeType.SHARING, leader, null, NOW);
        Initiative history = Initiative.launch(UUID.randomUUID(), "north-harbour", "Tool library", InitiativeType.SHARING, leader,
                Instant.parse("2021-06-01T00:00:00Z"), NOW);

        assertThat(today.launchedAt()).isEqualTo(NOW);
        assertThat(history.launchedAt()).isEqualTo(Instant.parse("2021-06-01T00:00:00Z"));
        assertThat(today.launched().leaderId()).isEqualTo(leader);
    }

    @Test
    void titleTypeAndLeaderAreRequired() {
        assertThatThrownBy(() -> Initiative.launch(UUID.randomUUID(), "north-harbour", " ", null, null, null, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("title", "type", "leaderId"));
    }
}
