package com.techroute.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTechniciansCommandTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void createDatabase() {
        cli = new Cli(dir.resolve("techroute.db"));
        assertThat(cli.run("init").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void importReadsBomSemicolonsAndQuotedLineBreak() throws IOException {
        Path sheet = write("sheet.csv", bytes(BOM, String.join("\r\n",
                "Id;Name;Timezone;Capacity Hours;Languages;Shifts;Time Off;Status;Networking;Windows Server",
                "n1;Nina Berg;Europe/Oslo;7,5;no, en;\"MON 22:00-06:00",
                "TUE 22:00-06:00\";2026-12-24/2026-12-27;active;3;",
                "d1;Dev Patel;Europe/London;16;en;MON-FRI 09:00-17:00;;;;4",
                "")));

        Cli.Run run = cli.run("technicians", "import", sheet.toString());
        Cli.Run list = cli.run("technicians", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("imported 2, rejected 0");
        assertThat(run.err()).doesNotContain(sheet + ":");
        assertThat(list.out()).contains("n1     Nina Berg");
        assertThat(list.out()).contains("7.5h");
        assertThat(list.out()).contains("d1     Dev Patel");
        assertThat(list.out()).contains("windows server 4");
    }

    @Test
    void importReportsBadRowLines() throws IOException {
        Path sheet = write("sheet.csv", String.join("\n",
                "id,name,timezone,capacity_hours,languages,shifts,time_off,status,exchange,linux",
                "g1,Good One,Europe/London,16,en,MON-FRI 09:00-17:00,,active,3,",
                "b1,Bad Zone,Europe/Lodnon,16,en,MON-FRI 09:00-17:00,,active,3,",
                "g2,Good Two,America/Chicago,12,en,\"MON-THU 07:00-15:00",
                "FRI 07:00-12:00\",,active,,2",
                "b2,Bad Level,Europe/London,16,en,MON-FRI 09:00-17:00,,active,7,",
                "b3,Bad Shift,Europe/London,16,en,MONDAY to FRIDAY,,active,,3",
                "g1,Again,Europe/London,16,en,MON-FRI 09:00-17:00,,active,3,",
                ""));

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.out()).contains("imported 2, rejected 4");
        assertThat(run.err()).contains(sheet + ":3 (technician b1): Invalid timezone (Europe/Lodnon)");
        assertThat(run.err()).contains(sheet + ":6 (technician b2): Invalid level (7) for skill (exchange)");
        assertThat(run.err()).contains(sheet + ":7 (technician b3): Invalid shift (MONDAY to FRIDAY)");
        assertThat(run.err()).contains(sheet + ":8 (technician g1): Technician id (g1) already appears on line 2");
        assertThat(cli.run("technicians", "list").out()).contains("Good Two").doesNotContain("Bad Zone");
    }

    @Test
    void importReportsEveryProblemOfOneRow() throws IOException {
        Path sheet = write("sheet.csv", String.join("\n",
                "id,timezone,capacity_hours,shifts,time_off,status",
                "x1,Mars/Olympus,lots,MON 09:00-17:00,2026-12-27/2026-12-24,retired",
                ""));

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.out()).contains("imported 0, rejected 1");
        assertThat(run.err()).contains(":2 (technician x1): Invalid timezone (Mars/Olympus)");
        assertThat(run.err()).contains(":2 (technician x1): Invalid capacity_hours (lots)");
        assertThat(run.err()).contains(":2 (technician x1): Invalid time off (2026-12-27/2026-12-24)");
        assertThat(run.err()).contains(":2 (technician x1): Invalid status (retired)");
    }

    @Test
    void importRejectsOverlappingShifts() throws IOException {
        Path sheet = write("sheet.csv", String.join("\n",
                "id,timezone,capacity_hours,shifts",
                "o1,Europe/London,8,MON-FRI 09:00-17:00; MON 16:00-20:00",
                ""));

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains(":2 (technician o1):").contains("overlapping windows");
    }

    @Test
    void importOfMissingFileNamesPath() {
        Path missing = dir.resolve("nope.csv");

        Cli.Run run = cli.run("technicians", "import", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + missing + ") not found");
    }

    @Test
    void importOfEmptyFileNamesPath() throws IOException {
        Path empty = write("empty.csv", new byte[0]);

        Cli.Run run = cli.run("technicians", "import", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + empty + ") is empty");
    }

    @Test
    void importWithoutIdColumnNamesPathAndColumn() throws IOException {
        Path sheet = write("noid.csv", "name,timezone,capacity_hours,shifts\nAl,Europe/London,8,MON 09:00-17:00\n");

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + sheet + ") has no column [id]");
    }

    @Test
    void importOfBinaryFileNamesPath() throws IOException {
        Path binary = write("sheet.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00});

        Cli.Run run = cli.run("technicians", "import", binary.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + binary + ") is binary");
    }

    @Test
    void importOfLatin1FileAsksForUtf8() throws IOException {
        Path sheet = write("latin1.csv", "id,name,timezone,capacity_hours,shifts\nm1,J\u00fcrgen,Europe/Berlin,8,MON 09:00-17:00\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + sheet + ") is not UTF-8 text");
    }

    @Test
    void importOfUnclosedQuoteFailsWholeFile() throws IOException {
        Path sheet = write("quote.csv", "id,timezone,capacity_hours,shifts\nq1,Europe/London,8,\"MON 09:00-17:00\n");

        Cli.Run run = cli.run("technicians", "import", sheet.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + sheet + ") is not well-formed CSV");
        assertThat(cli.run("technicians", "list").out()).contains("has 0 technicians");
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] bytes(byte[] prefix, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }
}
