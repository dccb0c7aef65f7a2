package org.cloakroom.kiosk.audit.cli;

import picocli.CommandLine.Command;

/** {@code audit}: the audit log's tools. Each subcommand is a class of this package. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log tools.",
		subcommands = { VerifyCommand.class })
public final class AuditCommands {

}
