package org.neighborhoodcapital.events.calendar.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.events.fixtures.NewEvents.CENTER;
import static org.neighborhoodcapital.events.fixtures.NewEvents.NOW;
import static org.neighborhoodcapital.events.fixtures.NewEvents.aLecture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.events.calendar.domain.NewEvent;

class ICalendarFeedTest {

    private static CalendarEvent titled(String title) {
        NewEvent e = aLecture();
        return CalendarEvent.schedule(UUID.fromString("6f1c2a7e-0000-4000-8000-000000000001"),
                new NewEvent(e.centerId(), title, e.format(), e.startsAt(), e.endsAt(), e.capacity(), e.organizer(), null, null, null), NOW).event();
    }

    /** Undoes folding (RFC 5545 section 3.1): a CRLF followed by one space or tab is removed. */
    private static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertThat(ICalendarFeed.escapeText("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    }

    @Test
    void controlCharactersOtherThanTabAreDropped() {
        assertThat(ICalendarFeed.escapeText("a\u0000b\u0007c\td\u007F")).isEqualTo("abc\td");
    }

    @Test
    void aShortLineIsNotFolded() {
        String line = "SUMMARY:" + "x".repeat(67);
        assertThat(line.length()).isEqualTo(75);

        assertThat(ICalendarFeed.fold(line)).isEqualTo(line + "\r\n");
    }

    @Test
    void aLongLineIsFoldedAtSeventyFiveOctetsWithALeadingSpace() {
        String line = "SUMMARY:" + "x".repeat(200);

        String folded = ICalendarFeed.fold(line);

        String[] physical = folded.split("\r\n");
        assertThat(physical).allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(physical[0]).hasSize(75);
        assertThat(Arrays.stream(physical).skip(1)).allSatisfy(p -> assertThat(p).startsWith(" "));
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        String line = "SUMMARY:" + "Чаепитие у самовара — 🫖 ".repeat(12);

        String folded = ICalendarFeed.fold(line);

        for (String physical : folded.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical).doesNotContain("\uFFFD");
        }
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void theFeedIsAVCalendarWithOneVEventPerEventInUtcWithCrlfLineEndings() {
        CalendarEvent lecture = titled("Composting; soil, worms \\ and you");

        String feed = ICalendarFeed.render(CENTER, List.of(lecture), Instant.parse("2025-02-21T00:00:00Z"));

        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Neighborhood Capital//Events//EN\r\n");
        assertThat(feed).endsWith("END:VCALENDAR\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(feed).contains(
                "BEGIN:VEVENT\r\n"
                        + "UID:6f1c2a7e-0000-4000-8000-000000000001@neighborhood-capital\r\n"
                        + "DTSTAMP:20250220T093000Z\r\n"
                        + "DTSTART:20250301T180000Z\r\n"
                        + "DTEND:20250301T200000Z\r\n"
                        + "SUMMARY:Composting\\; soil\\, worms \\\\ and you\r\n"
                        + "CATEGORIES:LECTURE\r\n"
                        + "STATUS:CONFIRMED\r\n"
                        + "SEQUENCE:0\r\n"
                        + "END:VEVENT\r\n");
    }

    @Test
    void aCancelledEventIsMarkedCancelledWithItsSequence() {
        CalendarEvent cancelled = titled("Tea party").reschedule(Instant.parse("2025-03-02T18:00:00Z"),
                Instant.parse("2025-03-02T19:00:00Z"), NOW).event().cancel("rain", Instant.parse("2025-02-25T08:00:00Z")).event();

        String feed = ICalendarFeed.render(CENTER, List.of(cancelled), NOW);

        assertThat(feed).contains("STATUS:CANCELLED\r\n").contains("SEQUENCE:2\r\n").contains("DTSTAMP:20250225T080000Z\r\n")
                .contains("DTSTART:20250302T180000Z\r\n");
    }

    @Test
    void aLongSummaryIsFoldedInTheFeed() {
        String title = "Neighbourhood assembly on the courtyard, the playground, the bicycle shed and the garden";
        String feed = ICalendarFeed.render(CENTER, List.of(titled(title)), NOW);

        assertThat(feed.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(unfold(feed)).contains("SUMMARY:" + ICalendarFeed.escapeText(title) + "\r\n");
    }
}
