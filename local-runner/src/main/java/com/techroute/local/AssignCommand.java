package com.techroute.local;

import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.assignment.AssignmentService;
import com.techroute.engine.assignment.InvalidTicketException;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.port.TenantStore;
import com.techroute.local.report.DecisionJson;
import com.techroute.local.report.DecisionText;
import com.techroute.local.ticket.InvalidTicketFileException;
import com.techroute.local.ticket.TicketFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assigns the tickets of a JSON file, jointly when the file contains an array, and prints each decision. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assigns the tickets of a JSON file and prints each decision: the technician, expected start,"
                + " SLA deadlines, factor contributions, runner-up and exclusions, or for a ticket nobody can take,"
                + " the closest candidates and what each lacks.",
                "A file with a JSON array is assigned as one batch, solved jointly."})
final class AssignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TICKET.json", description = "One ticket object, or an array of tickets that arrived together.")
    Path file;

    @Option(names = "--json", description = "Print the results as JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        TechRouteCli root = TechRouteCli.root(spec);
        TicketFile tickets = readTickets();
        try (TenantStore store = root.openStore(false)) {
            List<AssignmentResult> results = assign(store, root, tickets.tickets());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(DecisionJson.write(results, tickets.batch()));
            } else {
                printText(out, store, root, results);
            }
        }
        return ExitCodes.OK;
    }

    private TicketFile readTickets() {
        try {
            return TicketFile.read(file);
        } catch (InvalidTicketFileException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    private List<AssignmentResult> assign(TenantStore store, TechRouteCli root, List<Ticket> tickets) {
        if (store.findTenant(root.tenant()).isEmpty()) {
            throw CliException.badInput("Tenant (%s) has no profile in database (%s), so its tickets cannot be"
                    + " assigned. Load the demo profile with init --example --tenant %s, or pass the right --tenant.",
                    root.tenant(), root.database(), root.tenant());
        }
        AssignmentService service = new AssignmentService(store, root.clock());
        try {
            return service.assignBatch(root.tenant(), tickets);
        } catch (InvalidTicketException e) {
            throw new CliException(ExitCodes.BAD_INPUT, String.format("Ticket file (%s): %s", file, e.getMessage()), e);
        }
    }

    private void printText(PrintWriter out, TenantStore store, TechRouteCli root, List<AssignmentResult> results) {
        Map<TechnicianId, Technician> technicians = store.technicians(root.tenant()).stream()
                .collect(Collectors.toMap(Technician::id, Function.identity()));
        DecisionText text = new DecisionText(technicians);
        for (int i = 0; i < results.size(); i++) {
            AssignmentResult result = results.get(i);
            if (i > 0) {
                out.println();
            }
            text.print(out, result, store.findClient(root.tenant(), result.ticket().client()).orElse(null));
        }
        if (results.size() > 1) {
            long assigned = results.stream().filter(r -> r.assigned() && !r.duplicate()).count();
            long queued = results.stream().filter(r -> !r.assigned()).count();
            out.printf("%nBatch of %d tickets solved jointly: %d assigned, %d queued, %d already assigned before.%n",
                    results.size(), assigned, queued, results.size() - assigned - queued);
        }
    }
}
