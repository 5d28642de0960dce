package com.techroute.replay.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a CSV log row by row into a {@link TicketCollector}, tracking the physical line where each
 * row starts (a quoted value may span lines). Blank lines are rows too, so they are reported rather
 * than skipped.
 */
final class CsvLogReader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvLogReader.class);

    private final String expected;
    private final char delimiter;
    private final Set<String> missingValues;

    /**
     * Creates a reader.
     *
     * @param expected      what the file should be, for messages
     * @param delimiter     the column separator
     * @param missingValues values that mean "no value", besides the empty string
     */
    CsvLogReader(String expected, char delimiter, Set<String> missingValues) {
        this.expected = expected;
        this.delimiter = delimiter;
        this.missingValues = Set.copyOf(missingValues);
    }

    /**
     * Reads the whole file.
     *
     * @param setup checks the header and returns the converter for its layout; throws
     *              {@link LogReadException} for a header that does not fit
     * @throws LogReadException when the file cannot be opened, parsed or decoded
     */
    ImportResult read(Path file, Function<HeaderIndex, RowConverter> setup, TicketCollector collector) {
        long started = System.nanoTime();
        try (LogText text = LogText.open(file, expected);
                CSVParser parser = csvFormat().parse(text.reader())) {
            readRows(file, parser, setup, collector);
        } catch (IOException e) {
            throw unreadable(file, 0, e);
        }
        ImportResult result = collector.toResult(file);
        LOG.info("Imported ({}) tickets from ({}) rows of ({}), ({}) rows unreadable, in ({}) ms",
                result.ticketCount(), result.rowCount(), file, result.problemCount(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private void readRows(Path file, CSVParser parser, Function<HeaderIndex, RowConverter> setup,
            TicketCollector collector) {
        long line = 1;
        try {
            Iterator<CSVRecord> records = parser.iterator();
            HeaderIndex header = new HeaderIndex(firstRecord(file, records).toList());
            RowConverter converter = setup.apply(header);
            while (true) {
                // The parser has consumed every line up to the previous row, so the next row starts here.
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return;
                }
                accept(records.next(), line, header, converter, collector);
            }
        } catch (UncheckedIOException e) {
            throw unreadable(file, line, e);
        }
    }

    private CSVRecord firstRecord(Path file, Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw new LogReadException(file, "Log file (" + file + ") has no header line. Expected "
                    + expected + ". Export the log again with its header.", null);
        }
        return records.next();
    }

    private void accept(CSVRecord record, long line, HeaderIndex header, RowConverter converter,
            TicketCollector collector) {
        if (record.size() == 1 && record.get(0).isBlank() && header.size() > 1) {
            collector.reject(line, "Line is blank; expected " + header.size() + " columns.");
        } else if (record.size() != header.size()) {
            collector.reject(line, "Row has " + record.size() + " columns; expected " + header.size()
                    + " as in the header.");
        } else {
            collector.accept(new CsvRow(record, header.names(), missingValues, line), converter);
        }
    }

    private CSVFormat csvFormat() {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
    }

    /**
     * Returns the header names of a log, for format detection.
     *
     * @throws LogReadException when the file cannot be opened or has no header line
     */
    List<String> readHeader(Path file) {
        try (LogText text = LogText.open(file, expected);
                CSVParser parser = csvFormat().parse(text.reader())) {
            return new HeaderIndex(firstRecord(file, parser.iterator()).toList()).names();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(file, 1, e);
        }
    }

    /** Wraps a read failure. A line below 1 means the failure has no line, as when closing. */
    private LogReadException unreadable(Path file, long line, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead of the parser, so the bad bytes may sit some lines further on.
            return new LogReadException(file, "Log file (" + file + ") is not valid UTF-8 text: bytes at or after "
                    + "line " + Math.max(line, 1) + " cannot be decoded. Expected " + expected + " as UTF-8. "
                    + "Convert the file, for example with iconv -f WINDOWS-1252 -t UTF-8.", e);
        }
        if (cause instanceof ZipException) {
            // No line number, because the buffered reader reaches the end of the entry ahead of the parser.
            return new LogReadException(file, "Log file (" + file + ") is a damaged zip archive: " + cause.getMessage()
                    + ". Expected " + expected + ". Download the archive again.", e);
        }
        String where = line >= 1 ? " near line " + line : "";
        return new LogReadException(file, "Log file (" + file + ") cannot be read" + where + ": "
                + cause.getMessage() + ". Expected " + expected + " as UTF-8 CSV text. "
                + "Check that the file is complete and not damaged.", e);
    }
}
