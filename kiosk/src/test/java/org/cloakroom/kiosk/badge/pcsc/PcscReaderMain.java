package org.cloakroom.kiosk.badge.pcsc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.smartcardio.CardException;
import javax.smartcardio.TerminalFactory;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * The PC/SC reader in a JVM of its own, for {@link ReaderProcess}: found through the
 * ServiceLoader as the kiosk finds it, started, and each read, rejected read and change
 * of health printed as one tab-separated line starting with {@value #EVENT}, until stdin
 * closes. Arguments: the badge format, the {@code pcsc-reader} name part, and optionally
 * {@code presence}: then whether a card is on the stand-in's reader is printed too, as
 * pcscd says it (what the benchmark waits for before presenting the card again).
 */
public final class PcscReaderMain {

	static final String EVENT = "pcsc-event";

	/** The name part that stands for none: every reader pcscd lists. */
	static final String EVERY_READER = "*";

	private PcscReaderMain() {
	}

	public static void main(String[] args) throws IOException {
		BadgeReaderWiring wiring = new BadgeReaderWiring("door", BadgeReaderType.PCSC, BadgeFormat.valueOf(args[0]),
				null, args[1].equals(EVERY_READER) ? null : args[1], null, null, null);
		BadgeReaderFactory factory = ServiceLoader.load(BadgeReaderFactory.class)
			.stream()
			.map(ServiceLoader.Provider::get)
			.filter((candidate) -> candidate.type() == BadgeReaderType.PCSC)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no PC/SC reader factory in the ServiceLoader list"));
		ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor();
		try (BadgeReader reader = factory.create(wiring,
				new ReaderContext(Clock.systemUTC(), "mock", Path.of("pcsc-test-wiring.yaml")))) {
			reader.start(new PrintingSink());
			AtomicReference<ReaderHealth> last = new AtomicReference<>();
			health.scheduleAtFixedRate(() -> {
				ReaderHealth now = reader.health();
				if (!now.equals(last.getAndSet(now))) {
					print("health", Boolean.toString(now.reading()), now.detail());
				}
			}, 0, 20, TimeUnit.MILLISECONDS);
			if (args.length > 2 && args[2].equals("presence")) {
				AtomicReference<Boolean> present = new AtomicReference<>();
				health.scheduleWithFixedDelay(() -> printPresence(PcscdStandIn.READER, present), 0, 10,
						TimeUnit.MILLISECONDS);
			}
			InputStream stdin = System.in;
			while (stdin.read() >= 0) {
				// until the test closes stdin
			}
		}
		finally {
			health.shutdownNow();
		}
		System.exit(0);
	}

	private static void printPresence(String readerName, AtomicReference<Boolean> last) {
		try {
			boolean now = TerminalFactory.getInstance("PC/SC", null)
				.terminals()
				.getTerminal(readerName)
				.isCardPresent();
			if (!Boolean.valueOf(now).equals(last.getAndSet(now))) {
				print("presence", Boolean.toString(now));
			}
		}
		catch (GeneralSecurityException | CardException | RuntimeException ex) {
			last.set(null);
		}
	}

	static synchronized void print(String... fields) {
		System.out.println(EVENT + "\t" + String.join("\t", fields));
		System.out.flush();
	}

	private static final class PrintingSink implements BadgeReadSink {

		@Override
		public void read(BadgeRead read) {
			Instant at = read.at();
			print("read", read.reader(), read.badgeId(), read.form(),
					Long.toString(at.getEpochSecond() * 1_000_000_000L + at.getNano()));
		}

		@Override
		public void rejected(String reader, String reason) {
			print("rejected", reader, reason);
		}

	}

}
