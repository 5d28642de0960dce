package com.techroute.local;

import picocli.CommandLine.Command;

/** Groups the commands that manage a tenant's technicians. */
@Command(name = "technicians", mixinStandardHelpOptions = true,
        description = "Imports or lists the tenant's technicians.",
        subcommands = {ImportTechniciansCommand.class, ListTechniciansCommand.class})
final class TechniciansCommand {
}
