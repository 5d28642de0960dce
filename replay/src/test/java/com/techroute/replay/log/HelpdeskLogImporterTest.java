package com.techroute.replay.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HelpdeskLogImporterTest {

    private final HelpdeskLogImporter importer = new HelpdeskLogImporter();

    @Test
    void sliceGivesTicketsInOpeningOrder() {
        ImportResult result = importer.importLog(TestLogs.slice("helpdesk-slice.csv"));

        assertThat(result.tickets()).extracting(HistoricalTicket::ticketId)
                .containsExactly("Case 37", "Case 1816", "Case 35", "Case 5", "Case 1");
        assertThat(result.rowCount()).isEqualTo(34);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void caseWithTwoTakersCountsOneReassignment() {
        HistoricalTicket ticket = byId(importer.importLog(TestLogs.slice("helpdesk-slice.csv"))).get("Case 1");

        assertThat(ticket).isEqualTo(new HistoricalTicket("Case 1", Instant.parse("2012-10-09T12:50:17Z"),
                "Value 1", new TicketCategory("Value 1", "Value 1", "Value 1"), new TicketPriority(1, "Value 1"),
                "Value 1", "Value 1", Instant.parse("2012-10-09T12:51:01Z"), Instant.parse("2012-10-25T09:54:26Z"),
                List.of("Value 1", "Value 2"), 1, 2));
    }

    @Test
    void sameTakerTwiceNoReassignment() {
        HistoricalTicket ticket = byId(importer.importLog(TestLogs.slice("helpdesk-slice.csv"))).get("Case 5");

        assertThat(ticket).isEqualTo(new HistoricalTicket("Case 5", Instant.parse("2012-04-03T11:08:32Z"),
                "Value 5", new TicketCategory("Value 3", "Value 1", "Value 1"), new TicketPriority(2, "Value 2"),
                "Value 10", "Value 1", Instant.parse("2012-04-03T11:45:33Z"), Instant.parse("2012-04-03T14:07:28Z"),
                List.of("Value 10"), 0, 7));
    }

    @Test
    void handoversBackAndForthCountEachChange() {
        HistoricalTicket ticket = byId(importer.importLog(TestLogs.slice("helpdesk-slice.csv"))).get("Case 1816");

        assertThat(ticket).isEqualTo(new HistoricalTicket("Case 1816", Instant.parse("2011-06-28T07:26:15Z"),
                "Value 89", new TicketCategory("Value 1", "Value 1", "Value 1"), new TicketPriority(1, "Value 1"),
                "Value 9", "Value 2", Instant.parse("2011-06-28T08:12:42Z"), Instant.parse("2011-07-04T13:12:47Z"),
                List.of("Value 9", "Value 6"), 3, 13));
    }

    @Test
    void caseNobodyTookHasNoAssignee() {
        HistoricalTicket ticket = byId(importer.importLog(TestLogs.slice("helpdesk-slice.csv"))).get("Case 35");

        assertThat(ticket).isEqualTo(new HistoricalTicket("Case 35", Instant.parse("2012-01-18T07:15:30Z"),
                "Value 30", new TicketCategory("Value 1", "Value 1", "Value 1"), new TicketPriority(2, "Value 2"),
                null, "Value 1", null, Instant.parse("2012-01-18T08:46:37Z"), List.of(), 0, 24));
    }

    @Test
    void reopenedCaseEndsAtLastResolve() {
        HistoricalTicket ticket = byId(importer.importLog(TestLogs.slice("helpdesk-slice.csv"))).get("Case 37");

        assertThat(ticket).isEqualTo(new HistoricalTicket("Case 37", Instant.parse("2011-02-10T10:13:07Z"),
                "Value 22", new TicketCategory("Value 1", "Value 1", "Value 1"), new TicketPriority(1, "Value 1"),
                "Value 8", "Value 1", Instant.parse("2011-02-10T10:13:33Z"), Instant.parse("2011-03-04T08:37:55Z"),
                List.of("Value 8", "Value 2"), 1, 27));
    }

    @Test
    void timeZoneParameterShiftsInstants() {
        ImportResult result = new HelpdeskLogImporter(ZoneOffset.UTC).importLog(TestLogs.slice("helpdesk-slice.csv"));

        assertThat(byId(result).get("Case 1").openedAt()).isEqualTo(Instant.parse("2012-10-09T14:50:17Z"));
    }

    @Test
    void malformedRowsAreListedWithPhysicalLines() {
        ImportResult result = importer.importLog(TestLogs.slice("helpdesk-malformed.csv"));

        assertThat(result.problems()).extracting(RowProblem::lineNumber).containsExactly(3L, 12L, 13L, 27L, 34L, 38L);
        assertThat(result.rowCount()).isEqualTo(36);
        assertThat(result.readableRowCount()).isEqualTo(30);
    }

    @Test
    void malformedRowMessagesNameColumnAndValue() {
        List<String> messages = importer.importLog(TestLogs.slice("helpdesk-malformed.csv")).problems().stream()
                .map(RowProblem::message).toList();

        assertThat(messages.get(0)).contains("Complete Timestamp").contains("2012/10/32 14:51:01.000");
        assertThat(messages.get(1)).contains("15 columns").contains("expected 16");
        assertThat(messages.get(2)).contains("blank");
        assertThat(messages.get(3)).contains("Case ID");
        assertThat(messages.get(4)).contains("seriousness_2").contains("Value 7");
        assertThat(messages.get(5)).contains("yesterday");
    }

    @Test
    void badRowKeepsOtherRows() {
        Map<String, HistoricalTicket> tickets = byId(importer.importLog(TestLogs.slice("helpdesk-malformed.csv")));

        HistoricalTicket first = tickets.get("Case 1");
        assertThat(first.firstAssignee()).isEqualTo("Value 2");
        assertThat(first.assignedAt()).isEqualTo(Instant.parse("2012-10-12T13:02:56Z"));
        assertThat(first.reassignmentCount()).isZero();
        assertThat(tickets.get("Case 35").resolvedAt()).isNull();
        assertThat(tickets.get("Case 1816").sourceLine()).isEqualTo(14);
        assertThat(tickets.get("Case 1816").reassignmentCount()).isEqualTo(3);
    }

    @Test
    void ticketWithOnlyBadRowsDropped() {
        ImportResult result = importer.importLog(TestLogs.slice("helpdesk-malformed.csv"));

        assertThat(result.tickets()).extracting(HistoricalTicket::ticketId)
                .containsExactly("Case 37", "Case 1816", "Case 35", "Case 5", "Case 1");
    }

    @Test
    void fullShippedLogHasAllCases() {
        ImportResult result = importer.importLog(TestLogs.HELPDESK_FULL);

        assertThat(result.ticketCount()).isEqualTo(4_580);
        assertThat(result.rowCount()).isEqualTo(21_348);
        assertThat(result.problems()).isEmpty();
        assertThat(result.tickets().stream().filter(t -> t.firstAssignee() == null).count()).isEqualTo(295);
        assertThat(result.tickets().stream().mapToInt(HistoricalTicket::reassignmentCount).sum()).isEqualTo(321);
    }

    static Map<String, HistoricalTicket> byId(ImportResult result) {
        return result.tickets().stream().collect(Collectors.toMap(HistoricalTicket::ticketId, Function.identity()));
    }
}
