package com.techroute.local;

import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.port.TenantStore;
import com.techroute.local.report.QueueText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the tickets that no technician could take, oldest first, with their reasons. */
@Command(name = "unassigned", mixinStandardHelpOptions = true,
        description = "Lists the tenant's unassigned queue: each ticket with its client, priority, queue time,"
                + " respond-by time, exclusion counts and the closest candidates with what each lacks.")
final class UnassignedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TechRouteCli root = TechRouteCli.root(spec);
        try (TenantStore store = root.openStore(false)) {
            List<UnassignedTicket> queue = store.unassigned(root.tenant());
            Map<TechnicianId, Technician> technicians = store.technicians(root.tenant()).stream()
                    .collect(Collectors.toMap(Technician::id, Function.identity()));
            Map<ClientId, Client> clients = new HashMap<>();
            for (UnassignedTicket entry : queue) {
                ClientId id = entry.ticket().client();
                store.findClient(root.tenant(), id).ifPresent(client -> clients.put(id, client));
            }
            new QueueText(technicians, clients).print(spec.commandLine().getOut(), root.tenant(), queue,
                    root.clock().instant());
        }
        return ExitCodes.OK;
    }
}
