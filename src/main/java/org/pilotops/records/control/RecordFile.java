package org.pilotops.records.control;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Record files: CSV (UTF-8, a header row of the JSON field names) and XLSX with the same columns. Both
 * are read as a stream of rows, so a file of 100,000 rows never sits in memory: CSV through Commons CSV,
 * XLSX through POI's event API. A file that cannot be read at all is refused with a violation on
 * {@code file}; what is wrong inside a row is for {@link RecordKind} to say.
 */
public enum RecordFile {

    CSV(FileFormat.CSV),
    XLSX(FileFormat.XLSX);

    /** Receives the rows of a file in order; row 1 is the first row after the header. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int row, Map<String, String> values);
    }

    private final FileFormat format;

    RecordFile(FileFormat format) {
        this.format = format;
    }

    /** What the file is, with its extension and media type. */
    public FileFormat format() {
        return format;
    }

    /** The record file a media type, an extension or a file name names, if it is one of ours. */
    public static java.util.Optional<RecordFile> of(String mediaTypeExtensionOrName) {
        return FileFormat.of(mediaTypeExtensionOrName)
                .flatMap(named -> java.util.Arrays.stream(values()).filter(f -> f.format == named).findFirst());
    }

    /** Reads the header, refusing a missing required column or an unknown one, then hands on every row. */
    public void read(Path file, RecordKind<?> kind, RowHandler handler) {
        try {
            if (this == CSV) {
                readCsv(file, kind, handler);
            } else {
                readXlsx(file, kind, handler);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused(e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException
                    ? "file.encoding" : "file.unreadable");
        }
    }

    private static void readCsv(Path file, RecordKind<?> kind, RowHandler handler) throws IOException {
        requireText(file);
        InputStream bytes = BOMInputStream.builder().setPath(file).get();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new BufferedReader(new InputStreamReader(bytes, decoder)))) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header, kind);
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (String column : header) {
                    values.put(column, record.isSet(column) ? CellText.restored(record.get(column)) : null);
                }
                handler.row((int) record.getRecordNumber(), values);
            }
        }
    }

    /** Binary garbage sent as CSV: a NUL byte in the first kilobytes gives it away. */
    private static void requireText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(8192);
            for (byte b : start) {
                if (b == 0) {
                    throw refused("file.binary");
                }
            }
        }
    }

    private static void readXlsx(Path file, RecordKind<?> kind, RowHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw refused("file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), new SheetRows(kind, handler), new IsoDataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw refused("file.not-xlsx");
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            if (e.getCause() instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw refused("file.unreadable");
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw refused("file.not-xlsx");
        }
    }

    /** Collects the cells of each sheet row by column letter and maps them to the header's names. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RecordKind<?> kind;
        private final RowHandler handler;
        private List<String> header;
        private Map<Integer, String> cells;

        SheetRows(RecordKind<?> kind, RowHandler handler) {
            this.kind = kind;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            cells.put(new org.apache.poi.ss.util.CellReference(reference).getCol() + 0, value);
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                header = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    header.add(cells.getOrDefault(i, "").strip());
                }
                checkHeader(header, kind);
                return;
            }
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), CellText.restored(cells.get(i)));
            }
            handler.row(rowNum, values);
        }
    }

    /** Dates as ISO-8601 and numbers as plain decimals, whatever display format the cell has. */
    private static final class IsoDataFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static void checkHeader(List<String> header, RecordKind<?> kind) {
        List<Violation> violations = new ArrayList<>();
        for (String column : header) {
            if (!column.isEmpty() && kind.field(column).isEmpty() && !RecordKind.COMMON_FIELDS.contains(column)) {
                violations.add(Violation.of(column, "file.unknown-column"));
            }
        }
        for (RecordField<?, ?> field : kind.fields()) {
            if (field.required() && !header.contains(field.name())) {
                violations.add(Violation.of(field.name(), "file.missing-column"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Violation.of("file", key));
    }

    /**
     * Writes records with the columns {@code id}, {@code version}, {@code year}, then the kind's fields:
     * imported back, {@code id} and {@code version} make a row correct its record instead of adding one.
     */
    public <E extends CityRecord> void write(RecordKind<E> kind, Iterable<E> records, OutputStream out) throws IOException {
        List<String> columns = new ArrayList<>(List.of("id", "version", "year"));
        kind.fields().forEach(f -> columns.add(f.name()));
        if (this == CSV) {
            // Buffered before the encoder: the printer hands each row over in many small pieces, and
            // encoding every piece on its own was the largest single item in a profile of an export.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF'); // so that Excel opens the UTF-8 file as UTF-8
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
            for (E record : records) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(record.getId()),
                        String.valueOf(record.getVersion()), String.valueOf(record.getYear())));
                kind.fields().forEach(f -> row.add(CellText.neutralised(f.text(record))));
                printer.printRecord(row);
            }
            printer.flush();
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(kind.path());
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                head.createCell(i).setCellValue(columns.get(i));
            }
            int r = 1;
            for (E record : records) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(record.getId());
                row.createCell(1).setCellValue(record.getVersion());
                row.createCell(2).setCellValue(record.getYear());
                int c = 3;
                for (RecordField<E, ?> field : kind.fields()) {
                    Cell cell = row.createCell(c++);
                    String text = field.text(record);
                    if (field.type().numeric() && !text.isEmpty()) {
                        cell.setCellValue(new BigDecimal(text).doubleValue());
                    } else {
                        cell.setCellValue(text);
                    }
                }
            }
            workbook.write(out);
        }
    }

}
