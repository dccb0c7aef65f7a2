package org.cloakroom.kiosk.backup.cli;

import picocli.CommandLine.Command;

/** {@code backup}: the backups' tools. Each subcommand is a class of this package. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Database backup tools.",
		subcommands = { RestoreCommand.class })
public final class BackupCommands {

}
