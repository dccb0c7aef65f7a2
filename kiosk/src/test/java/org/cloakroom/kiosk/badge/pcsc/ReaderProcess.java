package org.cloakroom.kiosk.badge.pcsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The PC/SC reader running in a child JVM ({@link PcscReaderMain}) whose environment
 * points libpcsclite at the stand-in pcscd: libpcsclite reads PCSCLITE_CSOCK_NAME once,
 * from the environment, which a test cannot change in its own JVM, and the JDK keeps one
 * PC/SC context per JVM. The child gets the option the kiosk's unit gets
 * ({@link PcscContext#OPENS}), so that it reconnects after pcscd restarts. What it
 * printed is kept as {@link Event}s; {@link #close()} ends it.
 */
final class ReaderProcess implements AutoCloseable {

	/** One line the child printed: a read, a rejected read, or its health. */
	record Event(String kind, List<String> fields) {

		String badgeId() {
			return this.fields.get(1);
		}

		String form() {
			return this.fields.get(2);
		}

		Instant at() {
			return Instant.ofEpochSecond(0, Long.parseLong(this.fields.get(3)));
		}

	}

	private final Process process;

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final List<String> output = new CopyOnWriteArrayList<>();

	private ReaderProcess(Process process) {
		this.process = process;
		Thread pump = new Thread(this::pump, "pcsc-reader-process");
		pump.setDaemon(true);
		pump.start();
	}

	/** A reader of {@value PcscdStandIn#READER}. */
	static ReaderProcess start(PcscdStandIn pcscd, String format) throws IOException {
		return start(pcscd, format, PcscdStandIn.READER, false);
	}

	/**
	 * @param readerPart the wiring's {@code pcsc-reader}; null for every reader
	 * @param presence whether the child also tells whether a card is on
	 * {@value PcscdStandIn#READER}
	 */
	static ReaderProcess start(PcscdStandIn pcscd, String format, String readerPart, boolean presence)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
						"-XX:TieredStopAtLevel=1"));
		command.addAll(List.of(PcscContext.OPENS.split(" ")));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PcscReaderMain.class.getName(), format,
				(readerPart != null) ? readerPart : PcscReaderMain.EVERY_READER));
		if (presence) {
			command.add("presence");
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PCSCLITE_CSOCK_NAME", pcscd.socket().toString());
		return new ReaderProcess(builder.start());
	}

	List<Event> reads() {
		return of("read");
	}

	List<Event> rejected() {
		return of("rejected");
	}

	/** Waits until the reader's health says {@code reading}; returns its detail. */
	String awaitHealth(boolean reading) {
		return awaitHealth(reading, "");
	}

	/**
	 * Waits until the reader's health says {@code reading} with a detail that starts so;
	 * returns the detail.
	 */
	String awaitHealth(boolean reading, String detailStart) {
		await("reader health reading=" + reading + " '" + detailStart + "…'; output so far: " + this.output)
			.atMost(Duration.ofSeconds(30))
			.until(() -> lastHealth() != null && lastHealth().fields().get(0).equals(Boolean.toString(reading))
					&& lastHealth().fields().get(1).startsWith(detailStart));
		return lastHealth().fields().get(1);
	}

	/** Waits for the {@code count}th read. */
	Event awaitRead(int count) {
		await("read " + count + "; output so far: " + this.output).atMost(Duration.ofSeconds(30))
			.until(() -> reads().size() >= count);
		return reads().get(count - 1);
	}

	/** Waits until pcscd says the reader has no card (needs {@code presence}). */
	void awaitNoCard() {
		await("no card on the reader; output so far: " + this.output).atMost(Duration.ofSeconds(30)).until(() -> {
			List<Event> presence = of("presence");
			return !presence.isEmpty() && presence.get(presence.size() - 1).fields().get(0).equals("false");
		});
	}

	@Override
	public void close() throws Exception {
		this.process.getOutputStream().close();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private Event lastHealth() {
		List<Event> health = of("health");
		return health.isEmpty() ? null : health.get(health.size() - 1);
	}

	private List<Event> of(String kind) {
		return this.events.stream().filter((event) -> event.kind().equals(kind)).toList();
	}

	private void pump() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				this.output.add(line);
				String[] fields = line.split("\t");
				if (fields[0].equals(PcscReaderMain.EVENT) && fields.length > 1) {
					this.events.add(new Event(fields[1], List.of(fields).subList(2, fields.length)));
				}
			}
		}
		catch (IOException ex) {
			this.output.add("(output lost: " + ex.getMessage() + ")");
		}
	}

}
