package org.neighborhoodcapital.bench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples from the Prometheus text exposition format. */
public final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The sum of every sample of {@code metric} whose labels include all of {@code labels} (other
     * labels, such as {@code service} or {@code partition}, may vary); 0 when there is none.
     */
    public static double sum(String exposition, String metric, Map<String, String> labels) {
        double sum = 0;
        for (String line : exposition.split("\\R")) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            if (!m.find() || !m.group(1).equals(metric)) {
                continue;
            }
            if (matches(m.group(3), labels)) {
                try {
                    sum += Double.parseDouble(m.group(4));
                } catch (NumberFormatException e) {
                    // NaN / +Inf are parsed by Double; anything else is not a sample
                }
            }
        }
        return sum;
    }

    private static boolean matches(String labelText, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (labelText == null) {
            return false;
        }
        int found = 0;
        Matcher m = LABEL.matcher(labelText);
        while (m.find()) {
            String want = wanted.get(m.group(1));
            if (want != null) {
                if (!want.equals(m.group(2))) {
                    return false;
                }
                found++;
            }
        }
        return found == wanted.size();
    }

    private PrometheusText() {
    }
}
