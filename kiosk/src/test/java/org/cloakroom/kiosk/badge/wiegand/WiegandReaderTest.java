package org.cloakroom.kiosk.badge.wiegand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.badge.BadgeRead;
import org.cloakroom.kiosk.badge.BadgeReadSink;
import org.cloakroom.kiosk.badge.BadgeReader;
import org.cloakroom.kiosk.badge.BadgeReaderFactory;
import org.cloakroom.kiosk.badge.ReaderContext;
import org.cloakroom.kiosk.badge.ReaderHealth;
import org.cloakroom.kiosk.wiring.BadgeFormat;
import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.WiegandFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand26;
import static org.cloakroom.kiosk.badge.wiegand.WiegandSignal.wiegand34;

/**
 * The whole path as the simulation runs it: Pi4J's mock provider's inputs driven edge by
 * edge, each stamped from the kiosk's clock (a MutableClock the test moves), the decoder,
 * and the sink. A frame ends when the reader's timer sees the clock past the frame
 * timeout.
 */
class WiegandReaderTest {

	private static final Path WIRING = Path.of("firmware-config/lockers/front-door.yaml");

	private static final Duration US = Duration.ofNanos(1_000);

	private final MutableClock clock = MutableClock.startingAt("2026-12-07T08:00:00Z");

	private final RecordingSink sink = new RecordingSink();

	private BadgeReader reader;

	@AfterEach
	void close() {
		if (this.reader != null) {
			this.reader.close();
		}
	}

	@Test
	void isFoundThroughServiceLoaderAsTheWiegandType() {
		assertThat(ServiceLoader.load(BadgeReaderFactory.class).stream().map(ServiceLoader.Provider::get))
			.filteredOn((factory) -> factory.type() == BadgeReaderType.WIEGAND)
			.singleElement()
			.isInstanceOf(WiegandReaders.class);
	}

	/**
	 * Typical readers (50 µs every 1 or 2 ms) and the ends of SIA AC-01's ranges: the
	 * fastest (20 µs pulses 200 µs apart) and the slowest (100 µs pulses 20 ms apart).
	 */
	@ParameterizedTest(name = "{0} µs pulses {1} µs apart")
	@CsvSource({ "50, 1000", "50, 2000", "20, 200", "100, 20000" })
	void decodesFramesAtTheReadersRealTiming(int widthMicros, int spacingMicros) {
		Duration width = US.multipliedBy(widthMicros);
		Duration spacing = US.multipliedBy(spacingMicros);
		start(BadgeFormat.FACILITY_CARD, WiegandFrame.WIEGAND_26);
		send(wiegand26(123, 45678), width, spacing);
		send(wiegand26(255, 65535), width, spacing);
		this.reader.close();
		start(BadgeFormat.FACILITY_CARD, WiegandFrame.WIEGAND_34);
		send(wiegand34(40000, 1234), width, spacing);

		assertThat(this.sink.reads).extracting(BadgeRead::badgeId, BadgeRead::form)
			.containsExactly(tuple("123:45678", "wiegand-26"), tuple("255:65535", "wiegand-26"),
					tuple("40000:1234", "wiegand-34"));
		assertThat(this.sink.rejected).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "DECIMAL, 8106606", "HEX, 7BB26E", "FACILITY_CARD, 123:45678" })
	void writesTheBadgeIdInTheReadersBadgeFormat(BadgeFormat format, String badgeId) {
		start(format, WiegandFrame.WIEGAND_26);
		send(wiegand26(123, 45678), US.multipliedBy(50), US.multipliedBy(2000));

		assertThat(this.sink.reads).singleElement().satisfies((read) -> {
			assertThat(read.reader()).isEqualTo("front-door");
			assertThat(read.badgeId()).isEqualTo(badgeId);
			assertThat(read.at()).isEqualTo(this.clock.instant());
		});
	}

	@Test
	void readsRawFramesAsOneNumber() {
		start(BadgeFormat.DECIMAL, WiegandFrame.RAW);
		send("1" + "0".repeat(35) + "1", US.multipliedBy(50), US.multipliedBy(1000));

		assertThat(this.sink.reads).singleElement()
			.satisfies((read) -> assertThat(read.badgeId()).isEqualTo(String.valueOf((1L << 36) + 1)))
			.satisfies((read) -> assertThat(read.form()).isEqualTo("wiegand-raw-37"));
	}

	@Test
	void rejectsBadFramesCountsThemAndReadsTheNextCard() {
		start(BadgeFormat.FACILITY_CARD, WiegandFrame.WIEGAND_26);
		Duration width = US.multipliedBy(50);
		Duration spacing = US.multipliedBy(1000);
		send(WiegandLayoutsTest.flip(wiegand26(12, 3456), 0), width, spacing);
		send(wiegand26(12, 3456).substring(0, 24), width, spacing);
		pulseBothLinesAtOnce();
		glitch();
		send(wiegand26(12, 3456), width, spacing);

		assertThat(this.sink.rejected).containsExactly("front-door: even parity over bits 1-13 of wiegand-26 fails",
				"front-door: a frame of 24 bits where wiegand-26 sends 26",
				"front-door: pulses on D0 and D1 at once (noise) in a frame of 2 bits",
				"front-door: a pulse of 2 µs on D0, too short for a bit (glitch) in a frame of 1 bit");
		assertThat(this.sink.reads).extracting(BadgeRead::badgeId).containsExactly("12:3456");
		assertThat(this.reader.health()).isEqualTo(ReaderHealth.reading("D0 on BCM 5, D1 on BCM 6: 1 badge read, "
				+ "4 rejected reads (the last: a pulse of 2 µs on D0, too short for a bit (glitch) in a frame of 1 bit)"));
	}

	@Test
	void healthSaysWhetherItReads() {
		this.reader = factory().create(wiring(BadgeFormat.DECIMAL, WiegandFrame.WIEGAND_26),
				new ReaderContext(this.clock, "mock", WIRING));
		assertThat(this.reader.health()).isEqualTo(ReaderHealth.down("not started (D0 on BCM 5, D1 on BCM 6)"));

		this.reader.start(this.sink);
		assertThat(this.reader.health())
			.isEqualTo(ReaderHealth.reading("D0 on BCM 5, D1 on BCM 6: 0 badge reads, 0 rejected reads"));

		this.reader.close();
		assertThat(this.reader.health()).isEqualTo(ReaderHealth.down("closed (D0 on BCM 5, D1 on BCM 6)"));
	}

	/**
	 * Stands in for a kiosk whose lines cannot be had: this machine is not a Raspberry
	 * Pi.
	 */
	@Test
	void onGpiodWithoutThePisGpioChipItSaysWhyItCannotRead() {
		this.reader = factory().create(wiring(BadgeFormat.DECIMAL, WiegandFrame.WIEGAND_26),
				new ReaderContext(this.clock, "gpiod", WIRING));
		this.reader.start(this.sink);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.reader.health().detail()).contains("gpiod")
				.endsWith("(D0 on BCM 5, D1 on BCM 6)"));
		assertThat(this.reader.health().reading()).isFalse();
	}

	@Test
	void refusesWiringItCannotRead() {
		ReaderContext context = new ReaderContext(this.clock, "mock", WIRING);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> factory().create(wiring(BadgeFormat.FACILITY_CARD, WiegandFrame.RAW), context))
			.withMessageContaining("Wiegand reader front-door (wiring file " + WIRING + ")")
			.withMessageContaining("badge format facility-card does not apply to raw frames");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> factory().create(new BadgeReaderWiring("front-door", BadgeReaderType.WIEGAND,
					BadgeFormat.DECIMAL, null, null, null, 6, WiegandFrame.WIEGAND_26), context))
			.withMessageEndingWith("needs d0, d1 and frame");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> factory().create(wiring(BadgeFormat.DECIMAL, WiegandFrame.WIEGAND_26),
					new ReaderContext(this.clock, "pigpio", WIRING)))
			.withMessage("GPIO provider pigpio is neither mock nor gpiod");
	}

	private void start(BadgeFormat format, WiegandFrame frame) {
		this.reader = factory().create(wiring(format, frame), new ReaderContext(this.clock, "mock", WIRING));
		this.reader.start(this.sink);
	}

	/**
	 * Pulses each bit on its line, then lets the frame timeout pass and waits for the
	 * read.
	 */
	private void send(String bits, Duration width, Duration spacing) {
		for (char bit : bits.toCharArray()) {
			MockDigitalInput line = input((bit == '1') ? WiegandLine.D1 : WiegandLine.D0);
			line.mockState(DigitalState.LOW);
			this.clock.advance(width);
			line.mockState(DigitalState.HIGH);
			this.clock.advance(spacing.minus(width));
		}
		endFrame();
	}

	private void pulseBothLinesAtOnce() {
		input(WiegandLine.D0).mockState(DigitalState.LOW);
		this.clock.advance(US.multipliedBy(3));
		input(WiegandLine.D1).mockState(DigitalState.LOW);
		this.clock.advance(US.multipliedBy(50));
		input(WiegandLine.D0).mockState(DigitalState.HIGH);
		input(WiegandLine.D1).mockState(DigitalState.HIGH);
		endFrame();
	}

	private void glitch() {
		input(WiegandLine.D0).mockState(DigitalState.LOW);
		this.clock.advance(US.multipliedBy(2));
		input(WiegandLine.D0).mockState(DigitalState.HIGH);
		endFrame();
	}

	private void endFrame() {
		int before = this.sink.count();
		this.clock.advance(WiegandTiming.STANDARD.frameTimeout().plusNanos(1));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.sink.count() > before);
	}

	private MockDigitalInput input(WiegandLine line) {
		return ((MockEdges) ((WiegandReader) this.reader).edges()).input(line);
	}

	private static BadgeReaderFactory factory() {
		return new WiegandReaders();
	}

	private static BadgeReaderWiring wiring(BadgeFormat format, WiegandFrame frame) {
		return new BadgeReaderWiring("front-door", BadgeReaderType.WIEGAND, format, null, null, 5, 6, frame);
	}

	/** What the reader handed on, from whichever thread it came. */
	static final class RecordingSink implements BadgeReadSink {

		final List<BadgeRead> reads = new CopyOnWriteArrayList<>();

		final List<String> rejected = new CopyOnWriteArrayList<>();

		@Override
		public void read(BadgeRead read) {
			this.reads.add(read);
		}

		@Override
		public void rejected(String reader, String reason) {
			this.rejected.add(reader + ": " + reason);
		}

		int count() {
			return this.reads.size() + this.rejected.size();
		}

	}

}
