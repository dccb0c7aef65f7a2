package org.cloakroom.kiosk.badge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.badge.ReaderFactories;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code badge listen --source NAME|all}: the wiring file's readers, read as the kiosk
 * reads them (stop the kiosk first: a keyboard wedge is grabbed by one program at a
 * time), each read printed masked with its reader, form, badge format and time, each
 * rejected read with its reason, and a reader's health on standard error when it changes.
 * Ends on Ctrl-C, or after {@code --count} reads.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
		description = "Print the badge reads (masked) of the wiring file's readers, and every rejected read.")
final class ListenCommand implements Callable<Integer> {

	private static final long HEALTH_EVERY_MS = 250;

	@Spec
	CommandSpec spec;

	@Option(names = "--source", required = true, paramLabel = "NAME|all",
			description = "A reader's name in the wiring file, or all of them.")
	String source;

	@Option(names = "--wiring", defaultValue = "/etc/cloakroom/lockers.yaml",
			description = "The wiring file (default: ${DEFAULT-VALUE}).")
	Path wiring;

	@Option(names = "--count", description = "End after this many reads (default: on Ctrl-C).")
	Integer count;

	@Option(names = "--gpio-provider", defaultValue = "gpiod",
			description = "mock or gpiod: the lines of a Wiegand reader (default: ${DEFAULT-VALUE}).")
	String gpioProvider;

	private final Clock clock;

	private final ReaderFactories factories;

	ListenCommand(Clock clock) {
		this(clock, ReaderFactories.load());
	}

	ListenCommand(Clock clock, ReaderFactories factories) {
		this.clock = clock;
		this.factories = factories;
	}

	@Override
	public Integer call() throws InterruptedException {
		if (this.count != null && this.count < 1) {
			throw new ParameterException(this.spec.commandLine(), "--count must be at least 1, was " + this.count);
		}
		BankWiring bank = WiringReader.read(this.wiring);
		List<BadgeReaderWiring> chosen = chosen(bank);
		ReaderContext context = new ReaderContext(this.clock, this.gpioProvider.toLowerCase(Locale.ROOT), this.wiring);
		Map<String, BadgeFormat> formats = new HashMap<>();
		List<BadgeReader> readers = new ArrayList<>();
		chosen.forEach((wired) -> formats.put(wired.name(), wired.format()));
		BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
		Thread closer = new Thread(() -> readers.forEach(BadgeReader::close), "badge-listen-close");
		Runtime.getRuntime().addShutdownHook(closer);
		try {
			for (BadgeReaderWiring wired : chosen) {
				readers.add(this.factories.create(wired, context));
			}
			readers.forEach((reader) -> reader.start(new Queued(lines)));
			print(readers, lines, formats);
		}
		finally {
			readers.forEach(BadgeReader::close);
			removeHook(closer);
		}
		return 0;
	}

	private void print(List<BadgeReader> readers, BlockingQueue<Line> lines, Map<String, BadgeFormat> formats)
			throws InterruptedException {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		Map<String, String> healthShown = new HashMap<>();
		Map<String, Integer> rejected = new HashMap<>();
		int reads = 0;
		while (this.count == null || reads < this.count) {
			Line line = lines.poll(HEALTH_EVERY_MS, TimeUnit.MILLISECONDS);
			if (line != null) {
				int rejectedSoFar = line.isRead() ? 0 : rejected.merge(line.reader(), 1, Integer::sum);
				out.println(line.text(formats, rejectedSoFar));
				out.flush();
				reads += line.isRead() ? 1 : 0;
			}
			for (BadgeReader reader : readers) {
				String health = (reader.health().reading() ? "reading: " : "not reading: ") + reader.health().detail();
				if (!health.equals(healthShown.put(reader.name(), health))) {
					err.println(reader.name() + " " + health);
					err.flush();
				}
			}
		}
	}

	private List<BadgeReaderWiring> chosen(BankWiring bank) {
		List<String> names = bank.readers().stream().map(BadgeReaderWiring::name).toList();
		if (names.isEmpty()) {
			throw new ParameterException(this.spec.commandLine(),
					this.wiring + " wires no badge reader: add one under readers:");
		}
		if (this.source.equals("all")) {
			return bank.readers();
		}
		return List.of(bank.readers()
			.stream()
			.filter((reader) -> reader.name().equals(this.source))
			.findFirst()
			.orElseThrow(() -> new ParameterException(this.spec.commandLine(), "no reader '" + this.source + "' in "
					+ this.wiring + " (readers: " + String.join(", ", names) + ", or all)")));
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException ex) {
			// shutting down already (Ctrl-C): the hook closes the readers
		}
	}

	/** A read or a rejected read, as printed. */
	private record Line(String time, String reader, BadgeRead read, String reason) {

		boolean isRead() {
			return this.read != null;
		}

		String text(Map<String, BadgeFormat> formats, int rejectedSoFar) {
			if (this.read == null) {
				return this.time + "  " + this.reader + "  rejected read " + rejectedSoFar + ": " + this.reason;
			}
			String format = formats.get(this.reader).name().toLowerCase(Locale.ROOT).replace('_', '-');
			return this.time + "  " + this.reader + "  " + this.read.form() + "  " + format + "  " + this.read.masked();
		}

	}

	/** Hands what the readers read to the printing thread. */
	private final class Queued implements BadgeReadSink {

		private final BlockingQueue<Line> lines;

		Queued(BlockingQueue<Line> lines) {
			this.lines = lines;
		}

		@Override
		public void read(BadgeRead read) {
			this.lines.add(new Line(read.at().toString(), read.reader(), read, null));
		}

		@Override
		public void rejected(String reader, String reason) {
			this.lines.add(new Line(ListenCommand.this.clock.instant().toString(), reader, null, reason));
		}

	}

}
