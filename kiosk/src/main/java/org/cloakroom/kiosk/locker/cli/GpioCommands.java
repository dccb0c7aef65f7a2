package org.cloakroom.kiosk.locker.cli;

import picocli.CommandLine.Command;

/** {@code gpio}: the installer's tools. Each subcommand is a class of this package. */
@Command(name = "gpio", mixinStandardHelpOptions = true, description = "Locker wiring and GPIO tools.",
		subcommands = { CheckCommand.class, TestCommand.class })
public final class GpioCommands {

}
