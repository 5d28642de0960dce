package com.techroute.replay.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogImportersTest {

    @TempDir
    Path folder;

    @Test
    void detectsHelpdeskFromHeader() {
        assertThat(LogImporters.detect(TestLogs.slice("helpdesk-slice.csv"))).isEqualTo(LogFormat.HELPDESK);
    }

    @Test
    void detectsUciInsideZip() {
        Path zip = TestLogs.zip(folder, "incidents.zip", new String[] {"incident_event_log.csv"},
                TestLogs.slice("uci-slice.csv"));

        assertThat(LogImporters.detect(zip)).isEqualTo(LogFormat.UCI_INCIDENTS);
    }

    @Test
    void openDetectsAndImports() {
        ImportResult result = LogImporters.open(TestLogs.slice("uci-slice.csv"));

        assertThat(result.ticketCount()).isEqualTo(6);
    }

    @Test
    void missingFileNamesPath() {
        Path missing = folder.resolve("nowhere.csv");

        assertThatThrownBy(() -> LogImporters.open(missing))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void emptyFileNamesPath() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.csv"));

        assertThatThrownBy(() -> LogImporters.open(empty, LogFormat.HELPDESK))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("is empty");
    }

    @Test
    void unknownHeaderListsExpectedFormats() throws IOException {
        Path other = Files.writeString(folder.resolve("other.csv"), "id,when,who\n1,2024-01-01,ann\n");

        assertThatThrownBy(() -> LogImporters.detect(other))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(other.toString())
                .hasMessageContaining("[id, when, who]")
                .hasMessageContaining("Case ID")
                .hasMessageContaining("--format mapped --mapping FILE");
    }

    @Test
    void wrongFormatListsMissingColumns() {
        Path helpdesk = TestLogs.slice("helpdesk-slice.csv");

        assertThatThrownBy(() -> LogImporters.open(helpdesk, LogFormat.UCI_INCIDENTS))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(helpdesk.toString())
                .hasMessageContaining("lacks columns [number, opened_at");
    }

    @Test
    void corruptZipNamesPathAndFix() throws IOException {
        Path corrupt = Files.write(folder.resolve("incident_event_log.zip"),
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3});

        assertThatThrownBy(() -> LogImporters.open(corrupt, LogFormat.UCI_INCIDENTS))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(corrupt.toString())
                .hasMessageContaining("not a readable zip archive")
                .hasMessageContaining("Download the archive again");
    }

    @Test
    void zipWithTwoCsvEntriesIsRejected() {
        Path slice = TestLogs.slice("uci-slice.csv");
        Path zip = TestLogs.zip(folder, "two.zip", new String[] {"a.csv", "b.csv"}, slice, slice);

        assertThatThrownBy(() -> LogImporters.open(zip, LogFormat.UCI_INCIDENTS))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(zip.toString())
                .hasMessageContaining("[a.csv, b.csv]");
    }

    @Test
    void invalidUtf8NamesPathAndEncoding() throws IOException {
        byte[] header = "Case ID,Activity,Resource,Complete Timestamp,customer,product,seriousness_2,service_type,"
                .concat("support_section,workgroup\n").getBytes(StandardCharsets.US_ASCII);
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, header);
        Files.write(latin1, new byte[] {'C', 'a', 's', 'e', ' ', (byte) 0xE9, '\n'},
                StandardOpenOption.APPEND);

        assertThatThrownBy(() -> LogImporters.open(latin1, LogFormat.HELPDESK))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(latin1.toString())
                .hasMessageContaining("is not valid UTF-8");
    }

    @Test
    void unterminatedQuoteNamesPathAndLine() throws IOException {
        List<String> lines = Files.readAllLines(TestLogs.slice("helpdesk-slice.csv"));
        lines.set(3, lines.get(3).replace("Variant 12,12", "\"Variant 12,12"));
        Path broken = Files.write(folder.resolve("broken.csv"), lines);

        assertThatThrownBy(() -> LogImporters.open(broken, LogFormat.HELPDESK))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("near line 4");
    }

    @Test
    void crlfAndByteOrderMarkGiveSameTickets() throws IOException {
        Path slice = TestLogs.slice("helpdesk-slice.csv");
        String windowsText = "\uFEFF" + String.join("\r\n", Files.readAllLines(slice)) + "\r\n";
        Path windows = Files.writeString(folder.resolve("windows.csv"), windowsText);

        ImportResult result = LogImporters.open(windows);

        assertThat(result.tickets()).isEqualTo(LogImporters.open(slice).tickets());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void damagedZipDataNamesPath() throws IOException {
        Path zip = TestLogs.zip(folder, "damaged.zip", new String[] {"incident_event_log.csv"},
                TestLogs.slice("uci-slice.csv"));
        byte[] bytes = Files.readAllBytes(zip);
        // Damaged compressed data may end the inflated stream early without an inflater error.
        for (int i = 600; i < 640; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(zip, bytes);

        assertThatThrownBy(() -> LogImporters.open(zip, LogFormat.UCI_INCIDENTS))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(zip.toString())
                .hasMessageContaining("damaged zip archive");
    }
}
