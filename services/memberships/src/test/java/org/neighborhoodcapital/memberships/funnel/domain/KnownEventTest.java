package org.neighborhoodcapital.memberships.funnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.at;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.event;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownEventTest {

    @Test
    void theHighestRevisionDecidesTheStartWhateverTheOrderOfArrival() {
        KnownEvent event = KnownEvent.of(event(1), null, null, List.of(
                new EventRevision(3, at(30), false), new EventRevision(1, at(10), false), new EventRevision(2, at(20), false)));

        assertThat(event.startsAt()).isEqualTo(at(30));
        assertThat(event.cancelled()).isFalse();
    }

    @Test
    void aCancellationCancelsEvenWhenItArrivesBeforeTheSchedule() {
        KnownEvent event = KnownEvent.of(event(1), null, null, List.of(new EventRevision(2, null, true), new EventRevision(1, at(10), false)));

        assertThat(event.cancelled()).isTrue();
        assertThat(event.startsAt()).isEqualTo(at(10));
    }

    @Test
    void onlyCheckInsKnownMeansNoStartAndNotCancelled() {
        KnownEvent event = KnownEvent.of(event(1), null, null, List.of());

        assertThat(event.startsAt()).isNull();
        assertThat(event.cancelled()).isFalse();
    }
}
