package org.cloakroom.kiosk.badge.cli;

import picocli.CommandLine.Command;

/** {@code badge}: the installer's badge reader tools. */
@Command(name = "badge", mixinStandardHelpOptions = true, description = "Badge reader tools.",
		subcommands = { ListenCommand.class })
public final class BadgeCommands {

}
