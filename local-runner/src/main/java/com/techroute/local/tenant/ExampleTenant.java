package com.techroute.local.tenant;

import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.local.csv.SpreadsheetCsv;
import com.techroute.local.csv.TechnicianSheet;
import com.techroute.local.csv.UnreadableCsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo tenant shipped in {@code examples/demo/} and packaged into the jar: a tenant profile, its
 * clients and a technician sheet in the same CSV form that {@code technicians import} reads.
 *
 * @param profile tenant settings, with the id of the tenant it was loaded for
 * @param clients client companies
 * @param technicians technicians
 */
public record ExampleTenant(TenantProfile profile, List<Client> clients, List<Technician> technicians) {

    private static final String FOLDER = "/examples/demo/";

    public ExampleTenant {
        clients = List.copyOf(clients);
        technicians = List.copyOf(technicians);
    }

    /**
     * Loads the demo tenant under the given tenant id.
     *
     * @throws IllegalStateException when a shipped file is missing or invalid, which is a packaging bug
     */
    public static ExampleTenant load(TenantId tenant) {
        try {
            TenantProfile profile = TenantJson.profile(FOLDER + "tenant.json", bytes("tenant.json"), tenant);
            List<Client> clients = TenantJson.clients(FOLDER + "clients.json", bytes("clients.json"));
            TechnicianSheet sheet = TechnicianSheet.of(SpreadsheetCsv.parse(FOLDER + "technicians.csv",
                    bytes("technicians.csv")));
            if (!sheet.problems().isEmpty()) {
                throw new IllegalStateException("The shipped technician sheet has invalid rows: " + sheet.problems());
            }
            return new ExampleTenant(profile, clients, sheet.technicians());
        } catch (IllegalArgumentException | UnreadableCsvException e) {
            throw new IllegalStateException("The shipped example tenant is invalid: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = ExampleTenant.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Example file (" + FOLDER + name + ") is missing from the jar."
                        + " Rebuild with mvn package.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read example file (" + FOLDER + name + ")", e);
        }
    }
}
