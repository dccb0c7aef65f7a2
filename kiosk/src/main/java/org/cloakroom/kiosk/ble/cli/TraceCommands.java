package org.cloakroom.kiosk.ble.cli;

import picocli.CommandLine.Command;

/** {@code ble trace ...}: labelled evaluation traces. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Labelled evaluation traces.",
		subcommands = { TraceGenerateCommand.class })
final class TraceCommands {

}
