package com.techroute.adapters.sqlite;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Reads the log file that simplelogger.properties in the test resources sets up. */
class LoggingTest {

    private static final Path LOG_FILE = Path.of("target/sqlite-store-test.log");

    @TempDir
    Path folder;

    @Test
    void logsIdsWithoutPayload() throws Exception {
        // The first logger of the run truncates the file, so create one before measuring it.
        LoggerFactory.getLogger(LoggingTest.class).info("Logging test starts");
        long start = Files.exists(LOG_FILE) ? Files.size(LOG_FILE) : 0;

        try (SqliteTenantStore store = SqliteTenantStore.open(folder.resolve("store.db"))) {
            store.saveTicket(Tenants.TENANT_A, ticket("T-55").withSummary("Payroll share password hunter2").build());
            store.recordAssignment(Tenants.TENANT_A, assignment("T-55").build(), new AuditEntry("audit-55",
                    Tenants.TENANT_A, TicketBuilder.DEFAULT_CREATED_AT, AuditKind.TICKET_ASSIGNED, "T-55", "engine",
                    "{\"reason\":\"only-in-the-payload\"}"));
        }

        String logged = readFrom(start);
        assertThat(logged).contains("Saved ticket (T-55) of tenant (" + Tenants.TENANT_A + ")");
        assertThat(logged).contains("Recorded assignment (" + assignment("T-55").build().id() + ")");
        assertThat(logged).doesNotContain("hunter2");
        assertThat(logged).doesNotContain("only-in-the-payload");
    }

    private static String readFrom(long offset) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(LOG_FILE.toFile(), "r")) {
            byte[] bytes = new byte[Math.toIntExact(file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
