package org.cloakroom.kiosk.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.cloakroom.kiosk.audit.cli.AuditCommands;
import org.cloakroom.kiosk.backup.cli.BackupCommands;
import org.cloakroom.kiosk.badge.cli.BadgeCommands;
import org.cloakroom.kiosk.ble.cli.BleCommands;
import org.cloakroom.kiosk.cli.doctor.DoctorCommand;
import org.cloakroom.kiosk.fleet.forward.cli.FleetCommands;
import org.cloakroom.kiosk.locker.cli.GpioCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the jar's field tools. A bad argument or a failed command prints
 * one line on standard error and exits non-zero; a stack trace is shown only with
 * {@code CLOAKROOM_DEBUG=1}, because the people reading it are installers, not
 * developers.
 */
@Command(name = "cloakroom-kiosk", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
		description = "Cloakroom field tools. Without a tool name the jar starts the kiosk.",
		subcommands = { BleCommands.class, GpioCommands.class, BadgeCommands.class, AuditCommands.class,
				BackupCommands.class, FleetCommands.class, DoctorCommand.class })
public final class FieldTools {

	private static final Set<String> TOOLS = Set.of("ble", "gpio", "badge", "audit", "backup", "fleet", "doctor");

	private FieldTools() {
	}

	/**
	 * Whether {@code args} ask for a field tool rather than the kiosk, after expanding
	 * {@code @file} arguments as picocli will (see {@link ArgumentFiles}).
	 */
	public static boolean handles(String[] args) {
		return handlesExpanded(ArgumentFiles.expand(args));
	}

	static boolean handlesExpanded(List<String> expanded) {
		return !expanded.isEmpty() && TOOLS.contains(expanded.get(0));
	}

	/** Runs a field tool and returns its exit code. */
	public static int run(String[] args) {
		QuietLogging.toStandardError();
		return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
	}

	/** The command line writing to the given streams, as tests use it. */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		return commandLine(out, err, Clock.systemUTC());
	}

	/**
	 * The command line writing to the given streams, its tools telling time by
	 * {@code clock}: a tool that records when it acted takes a {@link Clock} in a
	 * constructor of its own.
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err, Clock clock) {
		CommandLine commandLine = new CommandLine(FieldTools.class, new ClockFactory(clock));
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setParameterExceptionHandler(OneLineErrors::parameterError);
		commandLine.setExecutionExceptionHandler(OneLineErrors::executionError);
		return commandLine;
	}

	/** Builds a tool with the clock when it takes one, else as picocli does. */
	private record ClockFactory(Clock clock) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			Constructor<K> withClock;
			try {
				withClock = type.getDeclaredConstructor(Clock.class);
			}
			catch (NoSuchMethodException ex) {
				return CommandLine.defaultFactory().create(type);
			}
			withClock.setAccessible(true);
			return withClock.newInstance(this.clock);
		}

	}

}
