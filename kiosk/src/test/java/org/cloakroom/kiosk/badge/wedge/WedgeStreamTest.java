package org.cloakroom.kiosk.badge.wedge;

import java.nio.file.Path;
import java.time.Duration;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.badge.RecordingSink;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A keyboard-wedge reader on an evdev stream ({@link EvdevStream}: a FIFO with the
 * kernel's input_event layout, the stand-in for the reader's input device): what it types
 * becomes badge reads in its badge format, what is not a number in it is a rejected read,
 * and a device that goes away is opened again when it comes back.
 */
class WedgeStreamTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T08:00:00Z");

	private final RecordingSink sink = new RecordingSink();

	private EvdevStream stream;

	private BadgeReader reader;

	@AfterEach
	void closeReader() throws Exception {
		this.reader.close();
		this.stream.close();
	}

	@Test
	void readsEachTypedNumberInTheReadersFormatAndRejectsWhatIsNotOne(@TempDir Path dir) throws Exception {
		start(dir, BadgeFormat.DECIMAL);

		this.stream.type("0012345");
		this.stream.type("12AB");
		this.stream.type("100004");

		await().atMost(WAIT).until(() -> this.sink.reads().size() == 2);
		assertThat(this.sink.reads()).extracting(BadgeRead::reader, BadgeRead::badgeId, BadgeRead::form)
			.containsExactly(tuple("door", "12345", "typed"), tuple("door", "100004", "typed"));
		assertThat(this.sink.reads()).extracting(BadgeRead::at).containsOnly(this.clock.instant());
		assertThat(this.sink.rejected())
			.containsExactly("door: the reader typed 4 characters that are not a decimal number");
		assertThat(this.reader.health().reading()).isTrue();
	}

	@Test
	void readsHexInUpperCase(@TempDir Path dir) throws Exception {
		start(dir, BadgeFormat.HEX);

		this.stream.type("04a1B2c3");

		await().atMost(WAIT).until(() -> !this.sink.reads().isEmpty());
		assertThat(this.sink.reads()).extracting(BadgeRead::badgeId).containsExactly("04A1B2C3");
	}

	@Test
	void saysTheDeviceIsGoneWhenUnpluggedAndReadsAgainWhenItIsBack(@TempDir Path dir) throws Exception {
		start(dir, BadgeFormat.DECIMAL);
		this.stream.type("1");
		await().atMost(WAIT).until(() -> this.sink.reads().size() == 1);

		this.stream.unplug();

		await().atMost(WAIT).until(() -> !this.reader.health().reading());
		assertThat(this.reader.health().detail())
			.isEqualTo("device " + this.stream.path() + " is gone: is the reader plugged in?");

		this.stream.plugIn().type("2");

		await().atMost(WAIT).until(() -> this.sink.reads().size() == 2);
		assertThat(this.sink.reads()).extracting(BadgeRead::badgeId).containsExactly("1", "2");
		assertThat(this.reader.health().reading()).isTrue();
	}

	@Test
	void aMissingDeviceIsReportedAndNotFatal(@TempDir Path dir) throws Exception {
		this.stream = EvdevStream.create(dir.resolve("present"));
		this.reader = new WedgeReaders(EvdevStream.opener()).create(
				new BadgeReaderWiring("door", BadgeReaderType.KEYBOARD_WEDGE, BadgeFormat.DECIMAL,
						dir.resolve("absent").toString(), null, null, null, null),
				new ReaderContext(this.clock, "mock", dir.resolve("lockers.yaml")));

		this.reader.start(this.sink);

		await().atMost(WAIT)
			.until(() -> this.reader.health()
				.detail()
				.equals("no device " + dir.resolve("absent") + ": is the reader plugged in?"));
		assertThat(this.reader.health().reading()).isFalse();
	}

	private void start(Path dir, BadgeFormat format) throws Exception {
		this.stream = EvdevStream.create(dir.resolve("event-kbd"));
		this.reader = this.stream.reader("door", format, this.clock, Duration.ofMillis(500), Duration.ofMillis(20));
		this.reader.start(this.sink);
		this.stream.plugIn();
	}

}
