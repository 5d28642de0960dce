package com.techroute.local;

import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.port.TenantStore;
import com.techroute.local.example.ExampleTenant;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates the database and optionally loads the demo tenant; running it again changes nothing more. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates the database file, or brings an existing one up to date.",
                "With --example, also loads the demo tenant (profile, clients, technicians) into --tenant."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--example", description = "Load the shipped demo tenant: 12 technicians, 8 clients,"
            + " SLA policies, category rules and weights. Loading it again replaces the same records.")
    boolean example;

    @Override
    public Integer call() {
        TechRouteCli root = TechRouteCli.root(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (TenantStore store = root.openStore(true)) {
            out.printf("Database %s is ready.%n", root.database());
            if (!example) {
                out.printf("Load the demo tenant with: techroute --db %s init --example%n", root.database());
                return ExitCodes.OK;
            }
            ExampleTenant demo = ExampleTenant.load(root.tenant());
            store.saveTenant(demo.profile());
            for (Client client : demo.clients()) {
                store.saveClient(root.tenant(), client);
            }
            for (Technician technician : demo.technicians()) {
                store.saveTechnician(root.tenant(), technician);
            }
            out.printf("Loaded the example tenant into tenant %s (%s): %d clients, %d technicians, %d category rules.%n",
                    root.tenant(), demo.profile().name(), demo.clients().size(), demo.technicians().size(),
                    demo.profile().categoryRules().size());
        }
        return ExitCodes.OK;
    }
}
