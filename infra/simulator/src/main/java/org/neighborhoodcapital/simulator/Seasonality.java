package org.neighborhoodcapital.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * When neighborhood centers are busy: fewer events in summer and over the winter holidays, more in
 * autumn and spring; more on Fridays and Saturdays; weekday events mostly in the evening, weekend
 * ones during the day.
 */
final class Seasonality {

    /** January … December. */
    static final double[] MONTH = {0.75, 1.0, 1.15, 1.2, 1.05, 0.75, 0.5, 0.6, 1.2, 1.3, 1.2, 0.95};
    /** Monday … Sunday. */
    static final double[] WEEKDAY = {0.8, 1.0, 1.0, 1.05, 1.1, 1.3, 0.85};
    /** December 24 to January 8: most centers rest. */
    static final double HOLIDAYS = 0.25;

    private static final LocalTime[] WEEKDAY_STARTS = times("12:00", "16:00", "18:00", "18:00", "18:30", "18:30", "19:00", "19:00",
            "19:00", "19:30");
    private static final LocalTime[] WEEKEND_STARTS = times("11:00", "11:00", "12:00", "12:00", "13:00", "14:00", "14:00", "15:00",
            "16:00", "17:00");

    static double weightOf(LocalDate day) {
        return MONTH[day.getMonthValue() - 1] * WEEKDAY[day.getDayOfWeek().getValue() - 1] * (isHoliday(day) ? HOLIDAYS : 1);
    }

    static boolean isHoliday(LocalDate day) {
        return day.getMonthValue() == 12 && day.getDayOfMonth() >= 24 || day.getMonthValue() == 1 && day.getDayOfMonth() <= 8;
    }

    /** How full events are in a month: summer crowds are thinner. */
    static double fill(LocalDate day) {
        return 0.75 + 0.25 * Math.min(1, MONTH[day.getMonthValue() - 1]);
    }

    static LocalTime startOn(LocalDate day, SplittableRandom random) {
        DayOfWeek weekday = day.getDayOfWeek();
        LocalTime[] starts = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? WEEKEND_STARTS : WEEKDAY_STARTS;
        return starts[random.nextInt(starts.length)];
    }

    private static LocalTime[] times(String... texts) {
        LocalTime[] times = new LocalTime[texts.length];
        for (int i = 0; i < texts.length; i++) {
            times[i] = LocalTime.parse(texts[i]);
        }
        return times;
    }

    private Seasonality() {
    }
}
