package org.cloakroom.kiosk.fleet.forward.cli;

import picocli.CommandLine.Command;

/**
 * {@code fleet}: a kiosk's tools for central. Each subcommand is a class of this package.
 */
@Command(name = "fleet", mixinStandardHelpOptions = true, description = "Tools for the kiosk's central instance.",
		subcommands = { JoinCommand.class, CatchUpCommand.class })
public final class FleetCommands {

}
