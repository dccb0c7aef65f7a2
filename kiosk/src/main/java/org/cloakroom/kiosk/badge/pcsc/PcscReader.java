package org.cloakroom.kiosk.badge.pcsc;

import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.badge.pcsc.CardReading.CardBadge;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PC/SC badge reader: watches the readers pcscd lists whose name contains
 * {@code pcsc-reader} (all of them when it is absent, readers plugged in later included)
 * and reads each card once per presentation, when it arrives. pcscd gone is health down,
 * retried every {@link #RETRY}.
 */
final class PcscReader implements BadgeReader {

	private static final Logger log = LoggerFactory.getLogger(PcscReader.class);

	/** How long one wait for a card lasts before the reader list is read again. */
	static final Duration RESCAN = Duration.ofMillis(500);

	static final Duration RETRY = Duration.ofSeconds(1);

	private final BadgeReaderWiring wiring;

	private final Clock clock;

	private final CountDownLatch closed = new CountDownLatch(1);

	private final Set<String> present = new HashSet<>();

	private volatile ReaderHealth health = ReaderHealth.down("not started");

	private volatile Thread thread;

	PcscReader(BadgeReaderWiring wiring, Clock clock) {
		this.wiring = wiring;
		this.clock = clock;
	}

	@Override
	public String name() {
		return this.wiring.name();
	}

	@Override
	public synchronized void start(BadgeReadSink sink) {
		if (this.thread != null) {
			throw new IllegalStateException("PC/SC reader " + name() + " is already started");
		}
		this.thread = new Thread(() -> run(sink), "pcsc-" + name());
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public ReaderHealth health() {
		return this.health;
	}

	@Override
	public void close() {
		this.closed.countDown();
		Thread reading = this.thread;
		if (reading != null && reading != Thread.currentThread()) {
			try {
				reading.join(RESCAN.multipliedBy(4).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run(BadgeReadSink sink) {
		Optional<String> missing = PcscLibrary.configure();
		if (missing.isPresent()) {
			down(missing.get());
			return;
		}
		while (!isClosed()) {
			try {
				watch(PcscContext.terminals(), sink);
			}
			catch (NoSuchAlgorithmException | CardException | RuntimeException ex) {
				this.present.clear();
				boolean reconnects = PcscContext.forget();
				down("pcscd does not answer (" + CardReading.reason(ex) + "); trying again every " + RETRY.toSeconds()
						+ " s" + (reconnects ? "" : ". After pcscd restarts, this JVM needs " + PcscContext.OPENS
								+ " to reconnect, or a restart"));
				pause(RETRY);
			}
		}
	}

	private void watch(CardTerminals terminals, BadgeReadSink sink) throws CardException {
		while (!isClosed()) {
			List<CardTerminal> all = terminals.list();
			List<CardTerminal> mine = all.stream().filter(this::isMine).toList();
			if (mine.isEmpty()) {
				this.present.clear();
				down(noReader(all));
				pause(RESCAN);
				continue;
			}
			this.health = ReaderHealth.reading("watching " + String.join(", ", names(mine)));
			Set<String> now = new HashSet<>();
			for (CardTerminal terminal : mine) {
				if (terminal.isCardPresent()) {
					now.add(terminal.getName());
					if (!this.present.contains(terminal.getName())) {
						read(terminal, sink);
					}
				}
			}
			this.present.clear();
			this.present.addAll(now);
			waitForChange(terminals);
		}
	}

	private void read(CardTerminal terminal, BadgeReadSink sink) {
		try {
			Card card = terminal.connect("*");
			try {
				CardBadge badge = CardReading.read(card.getBasicChannel(), this.wiring.format());
				if (isClosed()) {
					return;
				}
				sink.read(new BadgeRead(name(), badge.badgeId(), badge.form(), this.clock.instant()));
			}
			finally {
				card.disconnect(false);
			}
		}
		catch (UnreadableCard ex) {
			sink.rejected(name(), ex.getMessage());
		}
		catch (CardException ex) {
			sink.rejected(name(), "the card did not answer: " + CardReading.reason(ex));
		}
	}

	private void waitForChange(CardTerminals terminals) throws CardException {
		try {
			terminals.waitForChange(RESCAN.toMillis());
		}
		catch (IllegalStateException ex) {
			// the last reader went away since the list: the next list says so
		}
	}

	private boolean isMine(CardTerminal terminal) {
		String part = this.wiring.pcscReader();
		return part == null || terminal.getName().contains(part);
	}

	private String noReader(List<CardTerminal> all) {
		String wanted = (this.wiring.pcscReader() == null) ? "no reader"
				: "no reader named like '" + this.wiring.pcscReader() + "'";
		return "pcscd lists " + wanted + (all.isEmpty() ? "" : " (it lists " + String.join(", ", names(all)) + ")")
				+ ": is the reader plugged in?";
	}

	private static List<String> names(List<CardTerminal> terminals) {
		return terminals.stream().map(CardTerminal::getName).toList();
	}

	private void down(String why) {
		if (!why.equals(this.health.detail())) {
			log.warn("PC/SC reader {}: {}", name(), why);
		}
		this.health = ReaderHealth.down(why);
	}

	private boolean isClosed() {
		return this.closed.getCount() == 0;
	}

	private void pause(Duration duration) {
		try {
			this.closed.await(duration.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
		}
	}

}
