package org.neighborhoodcapital.memberships.funnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.at;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.event;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.initiative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** Hand-worked cases of the funnel rule. Hours after 2025-03-01T00:00Z stand for times; the participant joined the day before. */
class StageTimelineTest {

    private static final FunnelThresholds DEFAULTS = FunnelThresholds.DEFAULTS;

    static List<StageStep> timeline(ParticipantActivity activity) {
        return StageTimeline.of(activity, List.of(), DEFAULTS);
    }

    static StageStep step(double hour, FunnelStage stage) {
        return new StageStep(at(hour), stage, "", false);
    }

    /** Compares time and stage only (reasons are checked where they matter). */
    static List<String> shape(List<StageStep> steps) {
        return steps.stream().map(s -> s.at() + " " + s.stage() + (s.manual() ? " manual" : "")).toList();
    }

    static List<String> shape(StageStep... steps) {
        return shape(List.of(steps));
    }

    @Nested
    class BecomingAParticipant {

        @Test
        void threeDistinctEventsMakeAParticipantAtTheCheckInThatCompletesTheThird() {
            List<StageStep> steps = timeline(Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30).attended(4, 40).build());

            assertThat(shape(steps)).isEqualTo(shape(step(30, PARTICIPANT)));
            assertThat(steps.getFirst().reason()).isEqualTo("attended 3 distinct events");
            assertThat(steps.getFirst().manual()).isFalse();
        }

        @Test
        void twoEventsAreNotEnough() {
            assertThat(timeline(Activities.ofMe().attended(1, 10).attended(2, 20).build())).isEmpty();
        }

        @Test
        void aRepeatedCheckInAtTheSameEventCountsOnceAtItsEarliestTime() {
            Activities me = Activities.ofMe().attended(1, 10).attended(1, 15).attended(2, 25).attended(2, 20);
            assertThat(timeline(me.build())).isEmpty();

            me.attended(3, 30).attended(3, 12);
            // distinct events at their first check-ins: 1@10, 3@12, 2@20 -> the third is completed at 20
            assertThat(shape(timeline(me.build()))).isEqualTo(shape(step(20, PARTICIPANT)));
        }

        @Test
        void aCheckInThatArrivesLateButHappenedEarlierMovesTheStepEarlier() {
            Activities me = Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30);
            assertThat(shape(timeline(me.build()))).isEqualTo(shape(step(30, PARTICIPANT)));

            me.attended(4, 5);

            assertThat(shape(timeline(me.build()))).isEqualTo(shape(step(20, PARTICIPANT)));
        }

        @Test
        void checkInsAtACancelledEventDoNotCount() {
            Activities me = Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30).cancelled(2);
            assertThat(timeline(me.build())).isEmpty();

            me.attended(4, 40);

            assertThat(shape(timeline(me.build()))).isEqualTo(shape(step(40, PARTICIPANT)));
        }

        @Test
        void theThresholdIsConfiguration() {
            ParticipantActivity twoEvents = Activities.ofMe().attended(1, 10).attended(2, 20).build();

            List<StageStep> steps = StageTimeline.of(twoEvents, List.of(), new FunnelThresholds(2, 1, 5));

            assertThat(shape(steps)).isEqualTo(shape(step(20, PARTICIPANT)));
            assertThat(steps.getFirst().reason()).isEqualTo("attended 2 distinct events");
        }
    }

    @Nested
    class BecomingAnInitiator {

        @Test
        void organizingAnEventMakesAnInitiatorWhenTheEventStartsSkippingParticipant() {
            List<StageStep> steps = timeline(Activities.ofMe().organized(9, 50).build());

            assertThat(shape(steps)).isEqualTo(shape(step(50, INITIATOR)));
            assertThat(steps.getFirst().reason()).isEqualTo("organized event " + event(9));
        }

        @Test
        void aCancelledEventOrganizedDoesNotCount() {
            assertThat(timeline(Activities.ofMe().organizedButCancelled(9, 50).build())).isEmpty();
        }

        @Test
        void launchingAnInitiativeMakesAnInitiatorWhenLaunched() {
            List<StageStep> steps = timeline(Activities.ofMe().launched(1, 40).build());

            assertThat(shape(steps)).isEqualTo(shape(step(40, INITIATOR)));
            assertThat(steps.getFirst().reason()).isEqualTo("launched initiative " + initiative(1));
        }

        @Test
        void theEarliestOfSeveralInitiativesCounts() {
            assertThat(shape(timeline(Activities.ofMe().organized(9, 70).launched(1, 60).organized(8, 55).build())))
                    .isEqualTo(shape(step(55, INITIATOR)));
        }

        @Test
        void participantFirstThenInitiatorAreTwoSteps() {
            ParticipantActivity activity = Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30).organized(9, 50).build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(30, PARTICIPANT), step(50, INITIATOR)));
        }

        @Test
        void initiatorFirstMeansTheThirdEventLaterIsNoStep() {
            ParticipantActivity activity = Activities.ofMe().organized(9, 5).attended(1, 10).attended(2, 20).attended(3, 30).build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(5, INITIATOR)));
        }

        @Test
        void reachingBothAtTheSameTimeIsOneJumpToTheHigher() {
            ParticipantActivity activity = Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30).organized(9, 30).build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(30, INITIATOR)));
        }

        @Test
        void aHigherThresholdNeedsMoreActivities() {
            ParticipantActivity activity = Activities.ofMe().organized(9, 50).launched(1, 40).organized(8, 60).build();

            List<StageStep> steps = StageTimeline.of(activity, List.of(), new FunnelThresholds(3, 2, 5));

            assertThat(shape(steps)).isEqualTo(shape(step(50, INITIATOR)));
            assertThat(steps.getFirst().reason()).isEqualTo("organized events or launched initiatives: 2");
        }
    }

    @Nested
    class BecomingALeader {

        @Test
        void leaderWhenTheEventsOfTheLedInitiativeReachTheFifthDistinctAttendee() {
            ParticipantActivity activity = Activities.ofMe().launched(1, 1).eventOf(21, 1).eventOf(22, 1)
                    .drew("ann", 21, 10).drew("bob", 21, 11)
                    .drew("ann", 22, 12)           // ann again, at another event of the initiative: still one
                    .drew("cid", 22, 13).drew("dan", 22, 14)
                    .drew("eve", 21, 15)           // the fifth distinct participant
                    .drew("fay", 21, 16)
                    .build();

            List<StageStep> steps = timeline(activity);

            assertThat(shape(steps)).isEqualTo(shape(step(1, INITIATOR), step(15, LEADER)));
            assertThat(steps.getLast().reason()).isEqualTo("leads initiative " + initiative(1) + ", whose events drew 5 distinct participants");
        }

        @Test
        void fourDistinctAttendeesAreNotEnough() {
            ParticipantActivity activity = Activities.ofMe().launched(1, 1).eventOf(21, 1)
                    .drew("ann", 21, 10).drew("bob", 21, 11).drew("cid", 21, 12).drew("dan", 21, 13).drew("ann", 21, 14)
                    .build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(1, INITIATOR)));
        }

        @Test
        void notBeforeTheInitiativeWasLaunchedWhichIsThenOneJumpFromNeighbor() {
            ParticipantActivity activity = Activities.ofMe().launched(1, 20).eventOf(21, 1)
                    .drew("ann", 21, 10).drew("bob", 21, 11).drew("cid", 21, 12).drew("dan", 21, 13).drew("eve", 21, 14)
                    .build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(20, LEADER)));
        }

        @Test
        void attendeesOfCancelledOrOtherEventsDoNotCount() {
            ParticipantActivity activity = Activities.ofMe().launched(1, 1).eventOf(21, 1).eventOf(22, 1, true).eventOf(23, 2)
                    .drew("ann", 21, 10).drew("bob", 21, 11).drew("cid", 21, 12).drew("dan", 21, 13)
                    .drew("eve", 22, 14)   // cancelled event of the initiative
                    .drew("fay", 23, 15)   // event of another initiative
                    .build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(1, INITIATOR)));
        }

        @Test
        void withSeveralInitiativesTheEarliestToReachFiveCounts() {
            ParticipantActivity activity = Activities.ofMe().launched(1, 1).launched(2, 2).eventOf(21, 1).eventOf(31, 2)
                    .drew("a", 21, 10).drew("b", 21, 11).drew("c", 21, 12).drew("d", 21, 13).drew("e", 21, 30)
                    .drew("a", 31, 5).drew("b", 31, 6).drew("c", 31, 7).drew("d", 31, 8).drew("e", 31, 9)
                    .build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(1, INITIATOR), step(9, LEADER)));
        }
    }

    @Nested
    class ManualPromotions {

        @Test
        void aManualPromotionIsAStepAtItsTime() {
            ParticipantActivity activity = Activities.ofMe().attended(1, 10).attended(2, 20).attended(3, 30).build();

            List<StageStep> steps = StageTimeline.of(activity, List.of(new ManualPromotion(INITIATOR, "runs the repair café", at(25))), DEFAULTS);

            assertThat(shape(steps)).containsExactly(at(25) + " INITIATOR manual");
            assertThat(steps.getFirst().reason()).isEqualTo("runs the repair café");
        }

        @Test
        void activityAboveAManualPromotionStillCounts() {
            ParticipantActivity activity = Activities.ofMe().organized(9, 50).build();

            List<StageStep> steps = StageTimeline.of(activity, List.of(new ManualPromotion(PARTICIPANT, "regular", at(5))), DEFAULTS);

            assertThat(shape(steps)).containsExactly(at(5) + " PARTICIPANT manual", at(50) + " INITIATOR");
        }

        @Test
        void aManualPromotionBelowWhatActivityReachedIsNoStep() {
            ParticipantActivity activity = Activities.ofMe().organized(9, 5).build();

            List<StageStep> steps = StageTimeline.of(activity, List.of(new ManualPromotion(PARTICIPANT, "regular", at(8))), DEFAULTS);

            assertThat(shape(steps)).isEqualTo(shape(step(5, INITIATOR)));
        }
    }

    @Nested
    class WhateverTheOrder {

        @Test
        void noStepIsDatedBeforeTheParticipantJoined() {
            ParticipantActivity activity = Activities.ofMe().joinedAt(at(100)).attended(1, 10).attended(2, 20).attended(3, 30)
                    .organized(9, 150).build();

            assertThat(shape(timeline(activity))).isEqualTo(shape(step(100, PARTICIPANT), step(150, INITIATOR)));
        }

        @Test
        void duplicatesAndReversedOrderGiveTheSameTimeline() {
            Activities me = Activities.ofMe().attended(1, 10).attended(2, 20).cancelled(2).attended(3, 30).attended(4, 35)
                    .launched(1, 40).eventOf(21, 1)
                    .drew("a", 21, 41).drew("b", 21, 42).drew("c", 21, 43).drew("d", 21, 44).drew("e", 21, 45);

            List<StageStep> expected = timeline(me.build());

            assertThat(shape(expected)).isEqualTo(shape(step(35, PARTICIPANT), step(40, INITIATOR), step(45, LEADER)));
            assertThat(timeline(me.reversedAndDoubled())).isEqualTo(expected);
        }

        @Test
        void anyShuffleOfTheFactsGivesTheSameTimeline() {
            ParticipantActivity base = Activities.ofMe().attended(1, 10).attended(2, 20).attended(2, 21).attended(3, 30)
                    .organized(9, 33).launched(1, 40).eventOf(21, 1).eventOf(22, 1)
                    .drew("a", 21, 41).drew("b", 22, 42).drew("a", 22, 43).drew("c", 21, 44).drew("d", 21, 45).drew("e", 22, 46)
                    .build();
            List<StageStep> expected = timeline(base);
            Random random = new Random(7);
            for (int i = 0; i < 50; i++) {
                assertThat(timeline(new ParticipantActivity(base.participantId(), base.joinedAt(), shuffled(base.attendances(), random),
                        shuffled(base.events(), random), shuffled(base.ledInitiatives(), random),
                        shuffled(base.initiativeAttendances(), random)))).isEqualTo(expected);
            }
            assertThat(shape(expected)).isEqualTo(shape(step(30, PARTICIPANT), step(33, INITIATOR), step(46, LEADER)));
        }

        private static <T> List<T> shuffled(List<T> list, Random random) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        }
    }
}
