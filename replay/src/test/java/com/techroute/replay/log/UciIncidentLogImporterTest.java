package com.techroute.replay.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.replay.log.UciIncidentLogImporter.CustomerColumn;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UciIncidentLogImporterTest {

    private final UciIncidentLogImporter importer = new UciIncidentLogImporter();

    @TempDir
    Path folder;

    private Path sliceZip() {
        return TestLogs.zip(folder, "incident_event_log.zip", new String[] {"incident_event_log.csv"},
                TestLogs.slice("uci-slice.csv"));
    }

    @Test
    void zipSliceGivesIncidentsInOpeningOrder() {
        ImportResult result = importer.importLog(sliceZip());

        assertThat(result.tickets()).extracting(HistoricalTicket::ticketId).containsExactly(
                "INC0000045", "INC0000047", "INC0000070", "INC0000079", "INC0000093", "INC0000500");
        assertThat(result.rowCount()).isEqualTo(34);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void zipAndPlainCsvGiveSameTickets() {
        ImportResult zipped = importer.importLog(sliceZip());
        ImportResult plain = importer.importLog(TestLogs.slice("uci-slice.csv"));

        assertThat(zipped.tickets()).isEqualTo(plain.tickets());
    }

    @Test
    void incidentNeverAssignedKeepsGroup() {
        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(importer.importLog(sliceZip())).get("INC0000045");

        assertThat(ticket).isEqualTo(new HistoricalTicket("INC0000045", Instant.parse("2016-02-29T01:16:00Z"),
                "Location 143", new TicketCategory("Category 55", "Subcategory 170", "Symptom 72"),
                new TicketPriority(3, "3 - Moderate"), null, "Group 56", null, Instant.parse("2016-02-29T11:29:00Z"),
                List.of(), 0, 2));
    }

    @Test
    void firstAssigneeAndCountedReassignments() {
        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(importer.importLog(sliceZip())).get("INC0000047");

        assertThat(ticket).isEqualTo(new HistoricalTicket("INC0000047", Instant.parse("2016-02-29T04:40:00Z"),
                "Location 165", new TicketCategory("Category 40", "Subcategory 215", "Symptom 471"),
                new TicketPriority(3, "3 - Moderate"), "Resolver 89", "Group 70", Instant.parse("2016-02-29T04:57:00Z"),
                Instant.parse("2016-03-01T09:52:00Z"), List.of("Resolver 89", "Resolver 31"), 1, 6));
    }

    @Test
    void assigneeAppearingLaterTakesGroupOfItsRow() {
        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(importer.importLog(sliceZip())).get("INC0000079");

        assertThat(ticket).isEqualTo(new HistoricalTicket("INC0000079", Instant.parse("2016-02-29T08:32:00Z"),
                "Location 204", new TicketCategory("Category 8", "Subcategory 291", "Symptom 530"),
                new TicketPriority(3, "3 - Moderate"), "Resolver 180", "Group 65",
                Instant.parse("2016-02-29T11:19:00Z"), Instant.parse("2016-02-29T11:20:00Z"),
                List.of("Resolver 180"), 1, 23));
    }

    @Test
    void missingResolvedAtStaysNull() {
        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(importer.importLog(sliceZip())).get("INC0000093");

        assertThat(ticket.resolvedAt()).isNull();
        assertThat(ticket.group()).isEqualTo("Group 70");
        assertThat(ticket.sourceLine()).isEqualTo(28);
    }

    @Test
    void priorityIsTheOneAtOpening() {
        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(importer.importLog(sliceZip())).get("INC0000500");

        assertThat(ticket.priority()).isEqualTo(new TicketPriority(3, "3 - Moderate"));
        assertThat(ticket.category()).isEqualTo(new TicketCategory("Category 23", "Subcategory 75", "Symptom 4"));
    }

    @Test
    void callerColumnCanStandForCustomer() {
        UciIncidentLogImporter byCaller = new UciIncidentLogImporter(UciIncidentLogImporter.DEFAULT_ZONE,
                CustomerColumn.CALLER);

        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(byCaller.importLog(sliceZip())).get("INC0000047");

        assertThat(ticket.customer()).isEqualTo("Caller 2403");
    }

    @Test
    void timeZoneParameterShiftsInstants() {
        UciIncidentLogImporter saoPaulo = new UciIncidentLogImporter(ZoneId.of("America/Sao_Paulo"),
                CustomerColumn.LOCATION);

        HistoricalTicket ticket = HelpdeskLogImporterTest.byId(saoPaulo.importLog(sliceZip())).get("INC0000045");

        assertThat(ticket.openedAt()).isEqualTo(Instant.parse("2016-02-29T04:16:00Z"));
    }

    @Test
    void malformedRowsAreListedWithLines() {
        ImportResult result = importer.importLog(TestLogs.slice("uci-malformed.csv"));

        assertThat(result.problems()).extracting(RowProblem::lineNumber).containsExactly(7L, 15L, 24L, 29L, 35L);
        assertThat(result.problems().get(0).message()).contains("reassignment_count").contains("(x)");
        assertThat(result.problems().get(1).message()).contains("sys_updated_at").contains("30/2/2016 08:38");
        assertThat(result.problems().get(2).message()).contains("number");
        assertThat(result.problems().get(3).message()).contains("9 - Unknown");
        assertThat(result.problems().get(4).message()).contains("35 columns");
    }

    @Test
    void badFirstRowShiftsAssignee() {
        Map<String, HistoricalTicket> tickets =
                HelpdeskLogImporterTest.byId(importer.importLog(TestLogs.slice("uci-malformed.csv")));

        HistoricalTicket ticket = tickets.get("INC0000070");
        assertThat(ticket.firstAssignee()).isEqualTo("Resolver 31");
        assertThat(ticket.assignedAt()).isEqualTo(Instant.parse("2016-02-29T13:18:00Z"));
        assertThat(ticket.sourceLine()).isEqualTo(16);
        assertThat(tickets).hasSize(6);
        assertThat(tickets.get("INC0000047").reassignmentCount()).isEqualTo(1);
    }

    @Test
    void fullShippedZipHasAllIncidents() {
        ImportResult result = importer.importLog(TestLogs.UCI_FULL);

        assertThat(result.ticketCount()).isEqualTo(24_918);
        assertThat(result.rowCount()).isEqualTo(141_712);
        assertThat(result.problems()).isEmpty();
        assertThat(result.tickets().stream().filter(t -> t.firstAssignee() == null).count()).isEqualTo(658);
    }
}
