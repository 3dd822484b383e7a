package org.neighborhoodcapital.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.web.ProblemException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export forms from report JSON bodies, read back with the libraries an analyst would use. */
class ReportExportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String IMPACT = """
            {"year":2025,"status":"closed","revision":2,"contentHash":"abc","closedAt":"2026-01-05T10:00:00Z",
             "generatedAt":"2026-01-05T09:59:00Z","dataVersion":7,"lateArrivals":{"count":3,"since":"2026-01-05T10:00:00Z"},
             "network":{"eventsHeld":4,"residentLedEvents":2,"attendances":6,"uniqueParticipants":3,"returningParticipants":1,
               "initiativesLaunched":{"SHARING":1,"CLUB":0},"centers":2,"newParticipants":2,
               "funnel":{"distribution":{"NEIGHBOR":1,"PARTICIPANT":1},"transitions":[{"from":"NEIGHBOR","to":"PARTICIPANT","count":1}]},
               "passes":{"activeAtYearEnd":1,"sold":1,"renewed":0,"revenueMinor":{"EUR":5100}},"selfSufficiency":1.02,
               "fourStepStages":{"0":0,"1":1,"4":1},"meanModelPositions":null,
               "benchmark":{"eventsHeld":{"median":2.0,"q1":1.5,"q3":2.5},"selfSufficiency":null}},
             "centers":[{"centerId":"berlin","timezone":"Europe/Berlin","eventsHeld":3,"residentLedEvents":1,"attendances":5,
               "uniqueParticipants":2,"returningParticipants":1,"initiativesLaunched":{"SHARING":1,"CLUB":0},"newParticipants":1,
               "funnel":{"distribution":{"NEIGHBOR":1,"PARTICIPANT":0},"transitions":[]},
               "passes":{"activeAtYearEnd":1,"sold":1,"renewed":0,"revenueMinor":5100,"currency":"EUR"},
               "selfSufficiency":1.02,"fourStepStage":4,"modelAlignment":0.123456}]}
            """;

    static final String PROFILE = """
            {"year":2062,"generatedAt":"x","dataVersion":3,"suppressionK":5,
             "network":{"participants":40,
               "subjectivity":{"dimensions":{"BELONGING":{"n":30,"mean":55.5,"sd":10.0,"ciLow":51.9,"ciHigh":59.1}},
                               "subjectivityIndex":{"n":29,"mean":50.25,"sd":9.0,"ciLow":47.0,"ciHigh":53.5}},
               "change":{"dimensions":{"BELONGING":{"suppressed":true}},
                         "subjectivityIndex":{"n":12,"mean":2.5,"sd":4.0,"ciLow":0.2,"ciHigh":4.8,"shareImproved":0.5,"shareDeclined":0.25}},
               "engagement":{"n":35,"meanAttendances":3.2,"medianAttendances":3.0,"meanTenureMonths":20.1,"activePassShare":0.2,
                             "funnel":{"NEIGHBOR":30,"PARTICIPANT":{"suppressed":true}}}},
             "byHomeCenter":{"small":{"suppressed":true}},
             "byFunnelStage":{},
             "participationOutcome":{"suppressed":true}}
            """;

    @Test
    void theCsvIsOneTidyLongTableWithTheFiguresUnrounded() throws Exception {
        ExportDocument document = ReportDocuments.impact(JSON.readTree(IMPACT));
        String csv = new String(Exports.render(ExportFormat.CSV, document), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.getFirst().getParser().getHeaderNames()).isEqualTo(ReportRow.HEADER);
        assertThat(value(records, "activity", "", "attendances")).isEqualTo("6");
        assertThat(value(records, "activity", "berlin", "attendances")).isEqualTo("5");
        assertThat(value(records, "model", "berlin", "modelAlignment")).isEqualTo("0.123456");
        assertThat(value(records, "passes", "", "selfSufficiency")).isEqualTo("1.02");
        assertThat(value(records, "passes", "berlin", "revenueMinor")).isEqualTo("5100");
    }

    @Test
    void theWorkbookHasASheetPerSectionWithNumericCells() throws Exception {
        ExportDocument document = ReportDocuments.impact(JSON.readTree(IMPACT));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Exports.render(ExportFormat.XLSX, document)))) {
            assertThat(workbook.getSheet("about")).isNotNull();
            Sheet activity = workbook.getSheet("activity");
            assertThat(activity.getRow(0).getCell(4).getStringCellValue()).isEqualTo("value");
            Row berlinAttendances = null;
            for (Row row : activity) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("berlin")
                        && row.getCell(3).getStringCellValue().equals("attendances")) {
                    berlinAttendances = row;
                }
            }
            assertThat(berlinAttendances).isNotNull();
            assertThat(berlinAttendances.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(berlinAttendances.getCell(4).getNumericCellValue()).isEqualTo(5.0);
            assertThat(workbook.getSheet("funnelTransitions")).isNotNull();
        }
    }

    @Test
    void thePdfPrintsFiguresWithNBesideThemSuppressionMarksAndTheDefinitions() throws Exception {
        ExportDocument document = ReportDocuments.profile(JSON.readTree(PROFILE));
        byte[] pdf = Exports.render(ExportFormat.PDF, document);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Definitions", "suppressed (n < 5)", "55.50", "50.25", "30", "29");
            assertThat(text).contains(Definitions.PROFILE.get("shareImproved"));
        }
    }

    @Test
    void everyMetricExportedHasADefinition() throws Exception {
        for (ReportRow row : ImpactRows.of(JSON.readTree(IMPACT))) {
            assertThat(Definitions.IMPACT).as(row.metric()).containsKey(row.metric());
        }
        for (ReportRow row : ProfileRows.of(JSON.readTree(PROFILE))) {
            assertThat(Definitions.PROFILE).as(row.metric()).containsKey(row.metric());
        }
    }

    @Test
    void withheldFiguresHaveNoValueAndAreMarked() throws Exception {
        List<ReportRow> rows = ProfileRows.of(JSON.readTree(PROFILE));
        assertThat(rows).filteredOn(r -> r.group().equals("homeCenter")).singleElement()
                .satisfies(r -> assertThat(r.suppressed()).isTrue()).satisfies(r -> assertThat(r.value()).isNull());
        assertThat(rows).filteredOn(r -> r.section().equals("change") && r.dimension().equals("BELONGING"))
                .allSatisfy(r -> assertThat(r.suppressed()).isTrue());
        assertThat(rows).filteredOn(r -> r.section().equals("subjectivity") && r.dimension().equals("BELONGING"))
                .allSatisfy(r -> assertThat(r.n()).isEqualTo(30L));
    }

    @Test
    void theFormatComesFromTheParameterElseTheAcceptHeader() {
        assertThat(ExportFormat.choose("xlsx", "application/pdf")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.choose(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(null, "application/pdf;q=0.5, text/csv;q=0.9")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(null, null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, "*/*")).isEqualTo(ExportFormat.JSON);
        assertThatThrownBy(() -> ExportFormat.choose("docx", null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("format"));
        assertThatThrownBy(() -> ExportFormat.choose(null, "application/xml")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status().value()).isEqualTo(406));
    }

    @Test
    void theFileNameNamesTheReportYearAndRevision() throws Exception {
        assertThat(ReportDocuments.impact(JSON.readTree(IMPACT)).fileName(ExportFormat.XLSX)).isEqualTo("impact-report-2025-r2.xlsx");
        assertThat(ReportDocuments.profile(JSON.readTree(PROFILE)).fileName(ExportFormat.PDF)).isEqualTo("participant-profile-2062.pdf");
    }

    private static String value(List<CSVRecord> records, String section, String center, String metric) {
        return records.stream().filter(r -> r.get("section").equals(section) && r.get("centerId").equals(center)
                        && r.get("metric").equals(metric)).map(r -> r.get("value")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unused")
    private static JsonNode tree(String text) {
        return JSON.readTree(text);
    }
}
