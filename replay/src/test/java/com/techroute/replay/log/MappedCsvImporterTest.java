package com.techroute.replay.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedCsvImporterTest {

    private static final String ONE_ROW_MAPPING = """
            {
              "delimiter": ";",
              "timeZone": "Europe/Berlin",
              "dateTimePattern": "dd.MM.yyyy HH:mm",
              "missingValues": ["n/a"],
              "rowsPerTicket": "one",
              "columns": {
                "ticketId": "Ticket",
                "openedAt": "Created",
                "customer": "Company",
                "categoryBoard": "Board",
                "assignee": "Owner",
                "resolvedAt": "Closed"
              },
              "defaultPriority": 3
            }
            """;

    @TempDir
    Path folder;

    @Test
    void helpdeskMappingMatchesHelpdeskImporter() {
        Path slice = TestLogs.slice("helpdesk-slice.csv");

        ImportResult mapped = MappedCsvImporter.fromMappingFile(TestLogs.HELPDESK_MAPPING).importLog(slice);
        ImportResult builtIn = new HelpdeskLogImporter().importLog(slice);

        assertThat(mapped.tickets()).isEqualTo(builtIn.tickets());
        assertThat(mapped.rowCount()).isEqualTo(builtIn.rowCount());
    }

    @Test
    void helpdeskMappingReportsSameBadLines() {
        Path slice = TestLogs.slice("helpdesk-malformed.csv");

        ImportResult mapped = MappedCsvImporter.fromMappingFile(TestLogs.HELPDESK_MAPPING).importLog(slice);
        ImportResult builtIn = new HelpdeskLogImporter().importLog(slice);

        assertThat(mapped.problems()).extracting(RowProblem::lineNumber)
                .containsExactlyElementsOf(builtIn.problems().stream().map(RowProblem::lineNumber).toList());
        assertThat(mapped.tickets()).isEqualTo(builtIn.tickets());
    }

    @Test
    void uciMappingMatchesUciImporter() {
        Path slice = TestLogs.slice("uci-slice.csv");

        ImportResult mapped = MappedCsvImporter.fromMappingFile(TestLogs.UCI_MAPPING).importLog(slice);

        assertThat(mapped.tickets()).isEqualTo(new UciIncidentLogImporter().importLog(slice).tickets());
    }

    @Test
    void oneRowPerTicketReadsSemicolonLog() throws IOException {
        Path log = write("tickets.csv", """
                Ticket;Created;Company;Board;Owner;Closed
                T-2;02.03.2024 09:30;Acme;Network;alice;02.03.2024 11:00
                T-1;01.03.2024 08:00;n/a;Email;n/a;n/a
                """);

        ImportResult result = new MappedCsvImporter(mapping(ONE_ROW_MAPPING)).importLog(log);

        assertThat(result.tickets()).containsExactly(
                new HistoricalTicket("T-1", Instant.parse("2024-03-01T07:00:00Z"), null,
                        new TicketCategory("Email", null, null), new TicketPriority(3, null), null, null, null, null,
                        List.of(), 0, 3),
                new HistoricalTicket("T-2", Instant.parse("2024-03-02T08:30:00Z"), "Acme",
                        new TicketCategory("Network", null, null), new TicketPriority(3, null), "alice", null, null,
                        Instant.parse("2024-03-02T10:00:00Z"), List.of("alice"), 0, 2));
    }

    @Test
    void oneRowPerTicketRejectsRepeatedId() throws IOException {
        Path log = write("tickets.csv", """
                Ticket;Created;Company;Board;Owner;Closed
                T-1;01.03.2024 08:00;Acme;Email;bob;n/a
                T-1;01.03.2024 09:00;Acme;Email;carol;n/a
                """);

        ImportResult result = new MappedCsvImporter(mapping(ONE_ROW_MAPPING)).importLog(log);

        assertThat(result.problems()).containsExactly(new RowProblem(3,
                "Ticket id (T-1) already appeared on line 2, but the log is read as one row per ticket."));
        assertThat(result.tickets()).extracting(HistoricalTicket::firstAssignee).containsExactly("bob");
    }

    @Test
    void unknownPriorityValueIsBadRow() throws IOException {
        Path mappingFile = write("mapping.json", """
                {"dateTimePattern": "uuuu-MM-dd HH:mm",
                 "columns": {"ticketId": "id", "openedAt": "opened", "priority": "prio"},
                 "priorityValues": {"P1": 1, "P2": 2}}
                """);
        Path log = write("log.csv", "id,opened,prio\nA,2024-01-01 10:00,P1\nB,2024-01-01 11:00,P9\n");

        ImportResult result = MappedCsvImporter.fromMappingFile(mappingFile).importLog(log);

        assertThat(result.problems()).extracting(RowProblem::lineNumber).containsExactly(3L);
        assertThat(result.problems().get(0).message()).contains("prio").contains("P9");
        assertThat(result.tickets()).extracting(HistoricalTicket::ticketId).containsExactly("A");
    }

    @Test
    void mappingWithUnknownFieldNamesFileAndField() throws IOException {
        Path mappingFile = write("typo.json", """
                {"dateTimePattern": "uuuu-MM-dd HH:mm", "defaultPriority": 3,
                 "columns": {"ticketId": "id", "openedAt": "opened", "asignee": "owner"}}
                """);

        assertThatThrownBy(() -> ColumnMapping.load(mappingFile))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(mappingFile.toString())
                .hasMessageContaining("asignee");
    }

    @Test
    void mappingWithoutPriorityValuesIsInvalid() throws IOException {
        Path mappingFile = write("nopriority.json", """
                {"dateTimePattern": "uuuu-MM-dd HH:mm",
                 "columns": {"ticketId": "id", "openedAt": "opened", "priority": "prio"}}
                """);

        assertThatThrownBy(() -> ColumnMapping.load(mappingFile))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(mappingFile.toString())
                .hasMessageContaining("priorityValues");
    }

    @Test
    void mappingWithBadPatternIsInvalid() throws IOException {
        Path mappingFile = write("pattern.json", """
                {"dateTimePattern": "uuuu-MM-dd {HH}", "defaultPriority": 2,
                 "columns": {"ticketId": "id", "openedAt": "opened"}}
                """);

        assertThatThrownBy(() -> ColumnMapping.load(mappingFile))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining("dateTimePattern")
                .hasMessageContaining("uuuu-MM-dd {HH}");
    }

    @Test
    void mappingNamingAbsentColumnFailsOnHeader() throws IOException {
        Path mappingFile = write("absent.json", """
                {"dateTimePattern": "uuuu-MM-dd HH:mm", "defaultPriority": 2,
                 "columns": {"ticketId": "id", "openedAt": "created"}}
                """);
        Path log = write("log.csv", "id,opened\nA,2024-01-01 10:00\n");

        assertThatThrownBy(() -> MappedCsvImporter.fromMappingFile(mappingFile).importLog(log))
                .isInstanceOf(LogReadException.class)
                .hasMessageContaining(log.toString())
                .hasMessageContaining("[created]");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private ColumnMapping mapping(String json) {
        try {
            return ColumnMapping.load(write("mapping.json", json));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the test mapping.", e);
        }
    }
}
