package com.techroute.replay.log;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The UTF-8 text of a log file: the file itself, or the one CSV entry of a zip archive, streamed
 * without unpacking it to disk and checked against its CRC-32 at the end. Malformed UTF-8 fails
 * the read instead of turning into replacement characters.
 */
final class LogText implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final Reader reader;
    private final ZipFile zip;

    private LogText(Reader reader, ZipFile zip) {
        this.reader = reader;
        this.zip = zip;
    }

    /**
     * Opens the text of a log file.
     *
     * @param expected what the file should be, for messages, for example "the UCI incident event log"
     * @throws LogReadException when the file is missing, empty, a directory or a corrupt zip archive
     */
    static LogText open(Path file, String expected) {
        checkReadable(file, expected);
        try {
            if (!hasZipSignature(file)) {
                return new LogText(utf8(Files.newInputStream(file)), null);
            }
            return openZipEntry(file, expected);
        } catch (IOException e) {
            throw new LogReadException(file, "Log file (" + file + ") cannot be opened: " + e.getMessage()
                    + ". Expected " + expected + ". Check the file's permissions.", e);
        }
    }

    Reader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    private static void checkReadable(Path file, String expected) {
        if (!Files.exists(file)) {
            throw new LogReadException(file, "Log file (" + file + ") does not exist. Expected " + expected
                    + ". Check the path; relative paths resolve against (" + Path.of("").toAbsolutePath() + ").",
                    null);
        }
        if (!Files.isRegularFile(file)) {
            throw new LogReadException(file, "Log path (" + file + ") is not a regular file. Expected "
                    + expected + ". Pass the file itself, not its folder.", null);
        }
        if (sizeOf(file) == 0) {
            throw new LogReadException(file, "Log file (" + file + ") is empty. Expected " + expected
                    + ", starting with a header line. Export the log again.", null);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LogReadException(file, "Log file (" + file + ") cannot be read: " + e.getMessage()
                    + ". Check the file's permissions.", e);
        }
    }

    private static boolean hasZipSignature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ZIP_SIGNATURE.length);
            return Arrays.equals(start, ZIP_SIGNATURE);
        }
    }

    private static LogText openZipEntry(Path file, String expected) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new LogReadException(file, "Log file (" + file + ") is not a readable zip archive ("
                    + e.getMessage() + "). Expected " + expected + " as a zip holding one CSV file. "
                    + "Download the archive again, or unzip it and pass the CSV file.", e);
        }
        try {
            ZipEntry entry = singleCsvEntry(zip, file, expected);
            return new LogText(utf8(new VerifiedZipEntryStream(zip.getInputStream(entry), entry)), zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipEntry singleCsvEntry(ZipFile zip, Path file, String expected) {
        List<String> names = new ArrayList<>();
        ZipEntry csv = null;
        int csvCount = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            names.add(entry.getName());
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                csv = entry;
                csvCount++;
            }
        }
        if (csvCount != 1) {
            throw new LogReadException(file, "Zip archive (" + file + ") contains " + csvCount + " CSV entries "
                    + names + ". Expected " + expected + " as a zip holding exactly one CSV file. "
                    + "Unzip the archive and pass the CSV file to read.", null);
        }
        return csv;
    }

    private static Reader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER_CHARS);
    }
}
