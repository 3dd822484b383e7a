package org.neighborhoodcapital.bench;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One measured figure of the benchmark.
 *
 * @param step   a, b, … g (or "machine")
 * @param name   what was measured
 * @param value  the measurement; null when the step failed or did not get that far
 * @param unit   unit of {@code value}
 * @param target null when the figure has no target
 * @param note   how it was measured or why it is missing; may be empty
 */
public record Figure(String step, String name, Double value, String unit, Target target, String note) {

    public enum Result { MET, MISSED, FAILED, INFO }

    public static Figure measured(String step, String name, double value, String unit, Target target, String note) {
        return new Figure(step, name, value, unit, target, note == null ? "" : note);
    }

    public static Figure info(String step, String name, double value, String unit, String note) {
        return new Figure(step, name, value, unit, null, note == null ? "" : note);
    }

    public static Figure failed(String step, String name, String unit, Target target, String reason) {
        return new Figure(step, name, null, unit, target, reason == null ? "" : reason);
    }

    public Result result() {
        if (value == null || value.isNaN()) {
            return Result.FAILED;
        }
        if (target == null) {
            return Result.INFO;
        }
        return target.metBy(value) ? Result.MET : Result.MISSED;
    }

    /** Thousands separated, one decimal below 100, two below 10, none above. */
    public static String format(double value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        String pattern = Math.abs(value) >= 100 ? "#,##0" : Math.abs(value) >= 10 ? "#,##0.0" : "#,##0.00";
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String formattedValue() {
        return value == null || value.isNaN() ? "-" : format(value);
    }
}
