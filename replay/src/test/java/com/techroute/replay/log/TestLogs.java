package com.techroute.replay.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Locates the log slices under src/test/resources/logs and the logs shipped in data/. */
final class TestLogs {

    /** The shipped Helpdesk log, relative to the module directory that Maven runs tests in. */
    static final Path HELPDESK_FULL = Path.of("..", "data", "helpdesk", "finale.csv");
    static final Path UCI_FULL = Path.of("..", "data", "uci-incidents", "incident_event_log.zip");
    static final Path HELPDESK_MAPPING = Path.of("..", "data", "mappings", "helpdesk.json");
    static final Path UCI_MAPPING = Path.of("..", "data", "mappings", "uci-incidents.json");

    private TestLogs() {
    }

    static Path slice(String name) {
        URL url = TestLogs.class.getResource("/logs/" + name);
        if (url == null) {
            throw new IllegalArgumentException("Test resource (/logs/" + name + ") is missing.");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Test resource URL (" + url + ") is not a file URI.", e);
        }
    }

    /** Writes a zip archive into the folder holding the given files under the given entry names. */
    static Path zip(Path folder, String zipName, String[] entryNames, Path... files) {
        Path zip = folder.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i < files.length; i++) {
                zipOut.putNextEntry(new ZipEntry(entryNames[i]));
                Files.copy(files[i], zipOut);
                zipOut.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
