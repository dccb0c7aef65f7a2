package org.cloakroom.kiosk.ble.cli;

import picocli.CommandLine.Command;

/** {@code ble}: the radio diagnostics. Each subcommand is a class of this package. */
@Command(name = "ble", mixinStandardHelpOptions = true, description = "Bluetooth LE diagnostics.",
		subcommands = { DecodeCommand.class, ResolveCommand.class, ScanCommand.class, ReplayCommand.class,
				TraceCommands.class, EvaluateCommand.class, CalibrateCommand.class })
public final class BleCommands {

}
