package io.dataaggregator.connector.file.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx files part by part from SpreadsheetML, so tests can use what the destination never
 * writes: formulas with cached values, error cells, shared strings, custom date formats, the 1904
 * date system. Cell styles: s="1" is yyyy-mm-dd, s="2" is a date-time, s="3" is h:mm:ss, s="4" a
 * custom "dd/mm/yyyy" format, s="5" the built-in date format 14.
 */
final class Xlsx {
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private String sharedStrings;
  private boolean date1904;

  Xlsx sheet(String name, String sheetData) {
    sheets.put(name, sheetData);
    return this;
  }

  Xlsx sharedStrings(String... strings) {
    var sst = new StringBuilder();
    for (String s : strings) {
      sst.append("<si><t>").append(s).append("</t></si>");
    }
    sharedStrings = sst.toString();
    return this;
  }

  Xlsx date1904() {
    date1904 = true;
    return this;
  }

  Path write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", contentTypes());
      put(zip, "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", workbook());
      put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
      put(zip, "xl/styles.xml", STYLES);
      if (sharedStrings != null) {
        put(zip, "xl/sharedStrings.xml",
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + sharedStrings + "</sst>");
      }
      int i = 1;
      for (String data : sheets.values()) {
        put(zip, "xl/worksheets/sheet" + i++ + ".xml",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + data + "</sheetData></worksheet>");
      }
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + text)
        .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private String contentTypes() {
    var ct = new StringBuilder(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
            + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
            + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd."
            + "openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    if (sharedStrings != null) {
      ct.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    }
    for (int i = 1; i <= sheets.size(); i++) {
      ct.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
          .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
              + "spreadsheetml.worksheet+xml\"/>");
    }
    return ct.append("</Types>").toString();
  }

  private String workbook() {
    var wb = new StringBuilder(
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    wb.append(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>").append("<sheets>");
    int i = 1;
    for (String name : sheets.keySet()) {
      wb.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(i)
          .append("\" r:id=\"rId").append(i).append("\"/>");
      i++;
    }
    return wb.append("</sheets></workbook>").toString();
  }

  private String workbookRels() {
    var rels = new StringBuilder(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    int i = 1;
    for (; i <= sheets.size(); i++) {
      rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
          + "sheet").append(i).append(".xml\"/>");
    }
    rels.append("<Relationship Id=\"rId").append(i++).append("\" Type=\"http://schemas."
        + "openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
    if (sharedStrings != null) {
      rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          + "Target=\"sharedStrings.xml\"/>");
    }
    return rels.append("</Relationships>").toString();
  }

  private static final String STYLES =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"4\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
          + "<numFmt numFmtId=\"166\" formatCode=\"h:mm:ss\"/>"
          + "<numFmt numFmtId=\"167\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
          + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
          + "<borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"6\">"
          + "<xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"166\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"167\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
          + "</cellXfs></styleSheet>";
}
