package org.neighborhoodcapital.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the summary of Kafka's ProducerPerformance and ConsumerPerformance tools. */
public final class PerfToolOutput {

    /** Records and megabytes per second, and how many records the tool handled. */
    public record Rate(long records, double recordsPerSecond, double megabytesPerSecond) {
    }

    // "500000 records sent, 271739.1 records/sec (51.83 MB/sec), 85.32 ms avg latency, ..."
    private static final Pattern PRODUCER = Pattern.compile(
            "(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\)");

    /** The producer tool's final summary line (the last one that matches; progress lines come first). */
    public static Optional<Rate> producer(String output) {
        Rate last = null;
        for (String line : output.split("\\R")) {
            Matcher m = PRODUCER.matcher(line);
            if (m.find()) {
                last = new Rate(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The consumer tool's CSV: a header starting {@code start.time, end.time, data.consumed.in.MB, MB.sec,
     * data.consumed.in.nMsg, nMsg.sec, …} and one data line. Columns are found by header name.
     */
    public static Optional<Rate> consumer(String output) {
        String[] header = null;
        for (String line : output.split("\\R")) {
            String[] cells = line.split(",");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].trim();
            }
            if (cells.length > 5 && cells[0].equals("start.time")) {
                header = cells;
                continue;
            }
            if (header != null && cells.length == header.length) {
                int mbSec = indexOf(header, "MB.sec");
                int messages = indexOf(header, "data.consumed.in.nMsg");
                int messagesSec = indexOf(header, "nMsg.sec");
                if (mbSec < 0 || messages < 0 || messagesSec < 0) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Rate(Long.parseLong(cells[messages]), Double.parseDouble(cells[messagesSec]),
                            Double.parseDouble(cells[mbSec])));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private PerfToolOutput() {
    }
}
