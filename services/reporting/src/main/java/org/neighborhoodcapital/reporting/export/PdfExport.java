package org.neighborhoodcapital.reporting.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The printable form (A4): title and facts, charts (JFreeChart), one table per section (a row per scope and
 * dimension, a column per metric, {@code n} beside every survey figure, withheld figures printed as
 * "suppressed (n &lt; k)"), then the definition of every metric. Figures are rounded for display only.
 */
public final class PdfExport {

    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public static byte[] render(ExportDocument document) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(pdf);
            writer.text(document.title(), writer.bold, 16, 22);
            writer.text("Year " + document.year(), writer.regular, 11, 15);
            for (Map.Entry<String, String> fact : document.about().entrySet()) {
                writer.text(fact.getKey() + ": " + fact.getValue(), writer.regular, 9, 12);
            }
            writer.gap(8);
            for (BarChartSpec chart : document.charts()) {
                if (!chart.isEmpty()) {
                    writer.image(Charts.render(chart, 1030, 420), WIDTH, WIDTH * 420 / 1030);
                }
            }
            String suppressed = "suppressed (n < " + document.suppressionK() + ")";
            for (String section : document.sections()) {
                writer.gap(6);
                writer.text(section, writer.bold, 12, 16);
                table(writer, document.rows(section), suppressed);
            }
            writer.gap(10);
            writer.text("Definitions", writer.bold, 14, 18);
            for (Map.Entry<String, String> definition : Definitions.of(document.kind()).entrySet()) {
                writer.paragraph(definition.getKey(), definition.getValue());
            }
            writer.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows pivoted: one line per (scope, dimension), one column per metric, then n. */
    private static void table(Writer writer, List<ReportRow> rows, String suppressed) throws IOException {
        Set<String> metrics = new LinkedHashSet<>();
        Map<List<String>, Map<String, String>> lines = new LinkedHashMap<>();
        Map<List<String>, Long> ns = new LinkedHashMap<>();
        boolean anyDimension = false;
        boolean anyN = false;
        for (ReportRow row : rows) {
            metrics.add(row.metric());
            List<String> key = List.of(row.scope(), row.dimension());
            lines.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .put(row.metric(), row.suppressed() ? suppressed : display(row.value()));
            anyDimension |= !row.dimension().isEmpty();
            if (row.n() != null) {
                ns.putIfAbsent(key, row.n());
                anyN = true;
            }
        }
        List<String> header = new ArrayList<>();
        header.add("scope");
        if (anyDimension) {
            header.add("dimension");
        }
        header.addAll(metrics);
        if (anyN) {
            header.add("n");
        }
        List<List<String>> body = new ArrayList<>();
        for (Map.Entry<List<String>, Map<String, String>> line : lines.entrySet()) {
            List<String> cells = new ArrayList<>();
            cells.add(line.getKey().get(0));
            if (anyDimension) {
                cells.add(line.getKey().get(1));
            }
            for (String metric : metrics) {
                cells.add(line.getValue().getOrDefault(metric, ""));
            }
            if (anyN) {
                Long n = ns.get(line.getKey());
                cells.add(n == null ? "" : n.toString());
            }
            body.add(cells);
        }
        writer.table(header, body);
    }

    /** Integers as they are, other numbers to 2 decimals (display only), "-" when undefined. */
    static String display(Number value) {
        return switch (value) {
            case null -> "-";
            case Double d when d.isNaN() || d.isInfinite() -> "-";
            case Double d -> BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
            default -> value.toString();
        };
    }

    /** Lays text, tables and images down the pages, starting a new A4 page when one is full. */
    private static final class Writer {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument pdf;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            pdf.addPage(next);
            page = new PDPageContentStream(pdf, next);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void room(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void text(String text, PDType1Font font, float size, float leading) throws IOException {
            room(leading);
            y -= leading;
            show(text, font, size, MARGIN, y);
        }

        void paragraph(String term, String definition) throws IOException {
            text(term, bold, 9, 12);
            for (String line : wrap(definition, regular, 9, WIDTH - 10)) {
                room(11);
                y -= 11;
                show(line, regular, 9, MARGIN + 10, y);
            }
            y -= 3;
        }

        void image(BufferedImage image, float width, float height) throws IOException {
            room(height + 6);
            PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
            y -= height + 6;
            page.drawImage(xobject, MARGIN, y, width, height);
        }

        void table(List<String> header, List<List<String>> body) throws IOException {
            float size = header.size() > 8 ? 6.5f : 7.5f;
            float[] widths = widths(header, body, size);
            row(header, widths, bold, size);
            for (List<String> cells : body) {
                row(cells, widths, regular, size);
            }
        }

        private void row(List<String> cells, float[] widths, PDType1Font font, float size) throws IOException {
            float leading = size + 3.5f;
            room(leading);
            y -= leading;
            float x = MARGIN;
            for (int c = 0; c < cells.size(); c++) {
                show(fit(cells.get(c), font, size, widths[c] - 3), font, size, x, y);
                x += widths[c];
            }
        }

        /** Columns as wide as their widest cell, scaled down to the page when too wide together. */
        private float[] widths(List<String> header, List<List<String>> body, float size) throws IOException {
            float[] widths = new float[header.size()];
            for (int c = 0; c < header.size(); c++) {
                widths[c] = width(header.get(c), bold, size) + 6;
                for (List<String> cells : body) {
                    widths[c] = Math.max(widths[c], width(cells.get(c), regular, size) + 6);
                }
            }
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            if (total > WIDTH) {
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = widths[c] * WIDTH / total;
                }
            }
            return widths;
        }

        private void show(String text, PDType1Font font, float size, float x, float atY) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, atY);
            page.showText(Latin.printable(text, font));
            page.endText();
        }

        private float width(String text, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(Latin.printable(text, font)) / 1000 * size;
        }

        private String fit(String text, PDType1Font font, float size, float max) throws IOException {
            if (width(text, font, size) <= max) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && width(cut + "…", font, size) > max) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        private List<String> wrap(String text, PDType1Font font, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > max && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        void close() throws IOException {
            page.close();
        }
    }

    private PdfExport() {
    }
}
