package org.neighborhoodcapital.reporting.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.web.ProblemException;

class LiveStreamsTest {

    private final LiveStreams streams = new LiveStreams(
            new LiveProperties(Duration.ofSeconds(15), 4, 2, Duration.ofMinutes(1), Duration.ofSeconds(1)), new SimpleMeterRegistry());

    @AfterEach
    void closeStreams() {
        streams.destroy();
    }

    @Test
    void aClientThatDoesNotReadNeverSlowsThePublisher() {
        LiveSubscriber subscriber = streams.open("center:c-1", "ready", "hello");

        // the emitter is not attached to any response: nothing is ever written out, the buffer fills up
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 100_000; i++) {
                streams.publish("center:c-1", "activity", i);
            }
        });
        assertThat(subscriber.isClosed()).isFalse();
    }

    @Test
    void publishingReachesOnlyTheSubscribersOfTheTopic() {
        LiveSubscriber north = streams.open("center:north", "ready", "hello");
        streams.open("center:south", "ready", "hello");

        assertThat(streams.of("center:north")).containsExactly(north);
        assertThat(streams.topicsStartingWith("center:")).containsExactly("center:north", "center:south");
        assertThat(streams.of("center:east")).isEmpty();
    }

    @Test
    void moreStreamsThanAllowedAreRefusedAndAClosedStreamFreesItsPlace() {
        LiveSubscriber first = streams.open("network:2026", "kpis", "now");
        streams.open("network:2026", "kpis", "now");

        assertThatThrownBy(() -> streams.open("network:2026", "kpis", "now")).isInstanceOf(ProblemException.class);
        first.close();
        assertThat(streams.openStreams()).isEqualTo(1);
        assertThat(streams.of("network:2026")).doesNotContain(first);
        assertThat(first.offer("kpis", "later")).isFalse();
    }
}
