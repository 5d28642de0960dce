package com.techroute.local;

import com.techroute.engine.domain.Technician;
import com.techroute.engine.port.TenantStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the tenant's technicians with their zone, capacity, status and skills. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the tenant's technicians.")
final class ListTechniciansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TechRouteCli root = TechRouteCli.root(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (TenantStore store = root.openStore(false)) {
            List<Technician> technicians = store.technicians(root.tenant());
            out.printf("Tenant %s has %d technicians.%n", root.tenant(), technicians.size());
            for (Technician technician : technicians) {
                String skills = technician.skills().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(skill -> skill.getKey() + " " + skill.getValue()).collect(Collectors.joining(", "));
                out.printf("  %-6s %-22s %-20s %5.1fh %-8s %s%n", technician.id(), technician.name(),
                        technician.zone(), technician.capacity().toMinutes() / 60.0,
                        technician.status().name().toLowerCase(Locale.ROOT), skills);
            }
        }
        return ExitCodes.OK;
    }
}
