package com.techroute.local;

import com.techroute.engine.domain.Technician;
import com.techroute.engine.port.TenantStore;
import com.techroute.local.csv.RowProblem;
import com.techroute.local.csv.SpreadsheetCsv;
import com.techroute.local.csv.TechnicianSheet;
import com.techroute.local.csv.UnreadableCsvException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a technician skill matrix from CSV. Good rows are saved even when other rows are rejected. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports technicians from a CSV skill matrix, creating or replacing them by id.",
                "Columns: id,name,timezone,capacity_hours,languages,shifts,time_off,status, then one column per"
                        + " skill whose cells are levels 1-5 or empty. Delimiter , or ; (detected from the header"
                        + " line). Bad rows are listed with their line number, and the others are still imported."})
final class ImportTechniciansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "Technician sheet exported as CSV UTF-8.")
    Path file;

    @Override
    public Integer call() {
        TechRouteCli root = TechRouteCli.root(spec);
        TechnicianSheet sheet = read();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (RowProblem problem : sheet.problems()) {
            String id = problem.id().isEmpty() ? "" : " (technician " + problem.id() + ")";
            err.printf("%s:%d%s: %s%n", file, problem.line(), id, problem.message());
        }
        err.flush();
        try (TenantStore store = root.openStore(false)) {
            if (store.findTenant(root.tenant()).isEmpty()) {
                err.printf("Note: tenant %s has no profile yet, so its tickets cannot be assigned."
                        + " Load one with init --example --tenant %s.%n", root.tenant(), root.tenant());
            }
            for (Technician technician : sheet.technicians()) {
                store.saveTechnician(root.tenant(), technician);
            }
        }
        out.printf("imported %d, rejected %d%n", sheet.technicians().size(), sheet.rejectedRows());
        return sheet.rejectedRows() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private TechnicianSheet read() {
        try {
            return TechnicianSheet.of(SpreadsheetCsv.read(file));
        } catch (UnreadableCsvException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }
}
