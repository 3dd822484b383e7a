package org.neighborhoodcapital.reporting.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One tidy table in long format for every section: {@code section,centerId,dimension,group,metric,value,n,suppressed}
 * (RFC 4180, header row, UTF-8). Values are unrounded; a withheld figure has no value and {@code suppressed=true}.
 */
public final class CsvExport {

    public static byte[] render(ExportDocument document) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(ReportRow.HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ReportRow row : document.rows()) {
                printer.printRecord(row.section(), row.centerId(), row.dimension(), row.group(), row.metric(),
                        plain(row.value()), row.n() == null ? "" : row.n().toString(), row.suppressed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A number as plain decimal text (no exponent), exactly as computed; empty for null. */
    static String plain(Number value) {
        return switch (value) {
            case null -> "";
            case Double d when d.isNaN() || d.isInfinite() -> "";
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private CsvExport() {
    }
}
