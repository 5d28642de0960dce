package com.techroute.local;

import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.local.tenant.ExampleTenant;
import com.techroute.local.tenant.TenantJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates the database and loads a tenant's settings. Running it again replaces the same records. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates the database file, or brings an existing one up to date.",
                "With --example, also loads the demo tenant (profile, clients, technicians) into --tenant;"
                        + " with --profile and --clients, loads your own tenant profile and clients."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--example", description = "Load the shipped demo tenant: 12 technicians, 8 clients,"
            + " SLA policies, category rules and weights. Loading it again replaces the same records.")
    boolean example;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Tenant profile JSON (tiers, calendars, SLA policies, category rules, weights) to save"
                    + " for --tenant, in the form of examples/demo/tenant.json.")
    Path profileFile;

    @Option(names = "--clients", paramLabel = "FILE",
            description = "JSON array of clients to save for --tenant, in the form of examples/demo/clients.json.")
    Path clientsFile;

    @Override
    public Integer call() {
        if (example && (profileFile != null || clientsFile != null)) {
            throw CliException.badInput("Pass either --example or --profile/--clients, not both.");
        }
        TechRouteCli root = TechRouteCli.root(spec);
        TenantProfile profile = profileFile == null ? null
                : parse(() -> TenantJson.profile(profileFile.toString(), read(profileFile), root.tenant()));
        List<Client> clients = clientsFile == null ? List.of()
                : parse(() -> TenantJson.clients(clientsFile.toString(), read(clientsFile)));
        PrintWriter out = spec.commandLine().getOut();
        try (TenantStore store = root.openStore(true)) {
            out.printf("Database %s is ready.%n", root.database());
            if (example) {
                loadExample(store, root, out);
            } else if (profileFile != null || clientsFile != null) {
                loadFiles(store, root, out, profile, clients);
            } else {
                out.printf("Load the demo tenant with: techroute --db %s init --example%n", root.database());
            }
        }
        return ExitCodes.OK;
    }

    private static void loadExample(TenantStore store, TechRouteCli root, PrintWriter out) {
        ExampleTenant demo = ExampleTenant.load(root.tenant());
        store.saveTenant(demo.profile());
        saveClients(store, root, demo.clients());
        for (Technician technician : demo.technicians()) {
            store.saveTechnician(root.tenant(), technician);
        }
        out.printf("Loaded the example tenant into tenant %s (%s): %d clients, %d technicians, %d category rules.%n",
                root.tenant(), demo.profile().name(), demo.clients().size(), demo.technicians().size(),
                demo.profile().categoryRules().size());
    }

    private void loadFiles(TenantStore store, TechRouteCli root, PrintWriter out, TenantProfile profile,
            List<Client> clients) {
        TenantProfile effective = profile != null ? profile : store.findTenant(root.tenant()).orElseThrow(() ->
                CliException.badInput("Tenant (%s) has no profile yet, and clients need one for their tiers."
                        + " Pass --profile too.", root.tenant()));
        for (Client client : clients) {
            parse(() -> effective.tierOf(client), clientsFile);
        }
        if (profile != null) {
            store.saveTenant(profile);
            out.printf("Saved the profile of tenant %s (%s) from %s.%n", root.tenant(), profile.name(), profileFile);
        }
        saveClients(store, root, clients);
        if (clientsFile != null) {
            out.printf("Saved %d clients of tenant %s from %s.%n", clients.size(), root.tenant(), clientsFile);
        }
    }

    private static void saveClients(TenantStore store, TechRouteCli root, List<Client> clients) {
        for (Client client : clients) {
            store.saveClient(root.tenant(), client);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.BAD_INPUT, String.format("File (%s) not found. Check the path.", file), e);
        } catch (IOException e) {
            throw new CliException(ExitCodes.BAD_INPUT, String.format("File (%s) cannot be read: %s", file, e), e);
        }
    }

    /** Runs a parse step, turning an invalid value into exit code 2 with the parser's message. */
    private static <T> T parse(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    /** Runs a check of a file's content, turning a failure into exit code 2 with the file named. */
    private static void parse(Supplier<?> check, Path file) {
        try {
            check.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, String.format("File (%s): %s", file, e.getMessage()), e);
        }
    }
}
