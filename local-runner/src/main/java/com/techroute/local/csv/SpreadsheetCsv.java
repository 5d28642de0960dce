package com.techroute.local.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets export it: UTF-8 with or without a byte order mark, {@code ,} or {@code ;}
 * as delimiter (whichever the header line uses more), and quoted fields that may contain delimiters,
 * quotes and line breaks. Each record keeps the physical line it starts on, for error messages.
 *
 * @param source file name for messages
 * @param delimiter the detected delimiter
 * @param header the first record, trimmed
 * @param rows the records after the header, trimmed, without rows whose cells are all empty
 */
public record SpreadsheetCsv(String source, char delimiter, List<String> header, List<Row> rows) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * One record.
     *
     * @param line physical line (from 1) the record starts on, because a quoted line break makes it span more
     * @param cells its fields, trimmed
     */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public SpreadsheetCsv {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Reads a file.
     *
     * @throws UnreadableCsvException naming the path when the file is missing, unreadable, empty, binary,
     *     not UTF-8 or not well-formed CSV
     */
    public static SpreadsheetCsv read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableCsvException(String.format("File (%s) not found. Check the path.", path), e);
        } catch (AccessDeniedException e) {
            throw new UnreadableCsvException(String.format(
                    "File (%s) cannot be read: permission denied. Grant read access or copy it.", path), e);
        } catch (IOException e) {
            throw new UnreadableCsvException(String.format(
                    "File (%s) cannot be read: %s. Pass a CSV file.", path, e.getMessage()), e);
        }
        return parse(path.toString(), bytes);
    }

    /**
     * Parses the bytes of a CSV file.
     *
     * @param source file name for messages
     * @throws UnreadableCsvException naming the source when the bytes are empty, binary, not UTF-8 or not
     *     well-formed CSV
     */
    public static SpreadsheetCsv parse(String source, byte[] bytes) {
        String text = decode(source, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableCsvException(String.format(
                    "File (%s) is empty. Export the sheet with a header line and one row per record.", source));
        }
        char delimiter = detectDelimiter(text);
        List<CSVRecord> records = records(source, text, delimiter);
        LineIndex lines = new LineIndex(text);
        List<String> header = trimmed(records.get(0));
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = trimmed(record);
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), cells));
            }
        }
        return new SpreadsheetCsv(source, delimiter, header, rows);
    }

    private static String decode(String source, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableCsvException(String.format(
                        "File (%s) is binary, not CSV text: it contains a NUL byte at offset %d."
                                + " Export the sheet as CSV UTF-8.", source, i));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableCsvException(String.format(
                    "File (%s) is not UTF-8 text. Export the sheet as CSV UTF-8.", source), e);
        }
    }

    /** Picks {@code ;} when the header line has more semicolons than commas outside quotes, else {@code ,}. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<CSVRecord> records(String source, String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            try {
                return parser.getRecords();
            } catch (UncheckedIOException e) {
                throw new UnreadableCsvException(String.format(
                        "File (%s) is not well-formed CSV near line %d: %s. Check the quotes on that line.",
                        source, parser.getCurrentLineNumber(), e.getCause().getMessage()), e);
            }
        } catch (IOException e) {
            throw new UnreadableCsvException(String.format("File (%s) cannot be parsed: %s", source, e.getMessage()), e);
        }
    }

    private static List<String> trimmed(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value == null ? "" : value.strip());
        }
        return cells;
    }

    /** Maps character positions to physical line numbers. CR LF, LF and a lone CR each end a line. */
    private static final class LineIndex {

        private final String text;
        private final List<Integer> lineStarts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (c == '\n' || c == '\r' && !crBeforeLf) {
                    lineStarts.add(i + 1);
                }
            }
        }

        /** Returns the line of the first character at or after {@code position} that is not a line break. */
        int lineAt(long position) {
            int at = (int) position;
            while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                at++;
            }
            int index = Collections.binarySearch(lineStarts, at);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
