package org.neighborhoodcapital.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook with an "about" sheet (what the report is, its revision and content hash, the definitions) and a sheet
 * per section: a header row, then one row per figure with typed cells (numbers numeric, unrounded; suppressed a
 * boolean; a withheld figure's value left empty).
 */
public final class XlsxExport {

    private static final List<String> COLUMNS = ReportRow.HEADER.subList(1, ReportRow.HEADER.size());

    public static byte[] render(ExportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            about(workbook.createSheet("about"), document, bold);
            for (String section : document.sections()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(section));
                Row header = sheet.createRow(0);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(COLUMNS.get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (ReportRow row : document.rows(section)) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(row.centerId());
                    line.createCell(1).setCellValue(row.dimension());
                    line.createCell(2).setCellValue(row.group());
                    line.createCell(3).setCellValue(row.metric());
                    Cell value = line.createCell(4);
                    if (row.value() != null) {
                        value.setCellValue(row.value().doubleValue());
                    }
                    Cell n = line.createCell(5);
                    if (row.n() != null) {
                        n.setCellValue(row.n());
                    }
                    line.createCell(6).setCellValue(row.suppressed());
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    sheet.setColumnWidth(c, c == 4 ? 22 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void about(Sheet sheet, ExportDocument document, CellStyle bold) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(document.title());
        title.getCell(0).setCellStyle(bold);
        Row year = sheet.createRow(r++);
        year.createCell(0).setCellValue("year");
        year.createCell(1).setCellValue(document.year());
        for (Map.Entry<String, String> fact : document.about().entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(fact.getKey());
            row.createCell(1).setCellValue(fact.getValue());
        }
        r++;
        Row heading = sheet.createRow(r++);
        heading.createCell(0).setCellValue("Definitions");
        heading.getCell(0).setCellStyle(bold);
        for (Map.Entry<String, String> definition : Definitions.of(document.kind()).entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(definition.getKey());
            row.createCell(1).setCellValue(definition.getValue());
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 120 * 256);
    }

    private XlsxExport() {
    }
}
