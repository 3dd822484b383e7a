package org.neighborhoodcapital.events.calendar.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;

/**
 * A center's calendar as an RFC 5545 iCalendar object: one VEVENT per event, times in UTC, TEXT
 * values escaped (section 3.3.11), content lines ended by CRLF and folded at 75 octets (section 3.1)
 * without splitting a UTF-8 character. DTSTAMP is when the entry was last revised (section 3.8.7.2,
 * for an object without METHOD), so the feed is the same each time it is read until something changes.
 */
public final class ICalendarFeed {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final String PRODID = "-//Neighborhood Capital//Events//EN";
    public static final String UID_DOMAIN = "@neighborhood-capital";

    static final String CRLF = "\r\n";
    static final int MAX_LINE_OCTETS = 75;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendarFeed() {
    }

    public static String render(String centerId, List<CalendarEvent> events, Instant now) {
        StringBuilder out = new StringBuilder(256 + events.size() * 320);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escapeText(centerId));
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.eventId() + UID_DOMAIN);
            line(out, "DTSTAMP:" + utc(event.updatedAt() == null ? now : event.updatedAt()));
            line(out, "DTSTART:" + utc(event.startsAt()));
            line(out, "DTEND:" + utc(event.endsAt()));
            line(out, "SUMMARY:" + escapeText(event.title()));
            line(out, "CATEGORIES:" + escapeText(event.format().name()));
            line(out, "STATUS:" + (event.isCancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "SEQUENCE:" + Math.max(0, event.revision() - 1));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A date-time in UTC form: {@code 20250301T180000Z}. */
    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break (CRLF, LF
     * or CR) becomes {@code \n}; other control characters, which TEXT does not allow, are dropped.
     */
    static String escapeText(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line so that no physical line exceeds 75 octets (the continuation's leading
     * space included); each physical line ends with CRLF.
     */
    static String fold(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int width = utf8Length(codePoint);
            if (octets + width > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        if (contentLine.length() <= MAX_LINE_OCTETS / 3 || contentLine.getBytes(StandardCharsets.UTF_8).length <= MAX_LINE_OCTETS) {
            out.append(contentLine).append(CRLF);
        } else {
            out.append(fold(contentLine));
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
