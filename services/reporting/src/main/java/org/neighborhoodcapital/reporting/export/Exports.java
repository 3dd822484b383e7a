package org.neighborhoodcapital.reporting.export;

/** Renders a report in the chosen form (JSON is served as it is by the controllers). */
public final class Exports {

    public static byte[] render(ExportFormat format, ExportDocument document) {
        return switch (format) {
            case CSV -> CsvExport.render(document);
            case XLSX -> XlsxExport.render(document);
            case PDF -> PdfExport.render(document);
            case JSON -> throw new IllegalArgumentException("JSON is not an export document form");
        };
    }

    private Exports() {
    }
}
