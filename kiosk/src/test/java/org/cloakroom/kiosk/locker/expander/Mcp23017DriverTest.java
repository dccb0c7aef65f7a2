package org.cloakroom.kiosk.locker.expander;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.cloakroom.kiosk.wiring.Expander;
import org.cloakroom.kiosk.wiring.ExpanderType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The MCP23017 driver through Pi4J, against register models on a mock I2C bus. Time for
 * the debounce comes from a ticker the test moves; polls are set to a second so that the
 * test's own reads ({@code sample}) are the ones that count.
 */
class Mcp23017DriverTest {

	private static final Expander POLLED = new Expander("doors-a", ExpanderType.MCP23017, 0x20, null, 1000, null);

	private static final Expander WITH_INT = new Expander("doors-b", ExpanderType.MCP23017, 0x21, null, 1000, 17);

	private final AtomicLong ticker = new AtomicLong();

	private final Mcp23017Bus bus = new Mcp23017Bus();

	private final List<String> told = new CopyOnWriteArrayList<>();

	private Context context;

	private ExpanderChips chips;

	@AfterEach
	void shutDown() {
		this.context.shutdown();
	}

	@Test
	void writesAnOutputsLatchBeforeMakingItAnOutputSoItNeverGlitchesOn() {
		open(POLLED);
		output(8, DigitalState.HIGH);
		Mcp23017Model chip = chip(0x20);

		List<String> transfers = chip.transfers();
		assertThat(transfers).startsWith("R 0x0A", "W 0x0A 0x40", "W 0x14 0x0000", "W 0x0C 0x0000", "W 0x00 0xFFFF");
		assertThat(transfers.subList(5, transfers.size())).containsSubsequence("W 0x14 0x0100", "W 0x00 0xFEFF");
		assertThat(transfers.indexOf("W 0x14 0x0100")).isLessThan(transfers.indexOf("W 0x00 0xFEFF"));
		assertThat(chip.level(8)).isTrue();
		assertThat(chip.register8(0x0A)).as("IOCON: mirrored INT, push-pull without an interrupt line").isEqualTo(0x40);
	}

	@Test
	void drivesOutputsFromTheCachedLatchNeverFromWhatGpioReads() {
		open(POLLED);
		DigitalOutput lock = output(8, DigitalState.LOW);
		DigitalOutput buzzer = output(9, DigitalState.LOW);
		Mcp23017Model chip = chip(0x20);
		lock.state(DigitalState.HIGH);
		chip.pin(8, false); // its load holds the pin low: GPIO reads 0 for line 8
		int gpioReads = chip.gpioReads();

		buzzer.state(DigitalState.HIGH);

		assertThat(chip.register16(0x14)).as("OLAT keeps line 8 high").isEqualTo(0x0300);
		assertThat(chip.gpioReads()).isEqualTo(gpioReads);
		assertThat(lock.state()).isEqualTo(DigitalState.HIGH);
	}

	@Test
	void setsPullUpsOnlyOnInputsThatAskForThem() {
		open(POLLED);
		input(0, PullResistance.PULL_UP, 25);
		input(3, PullResistance.OFF, 25);

		assertThat(chip(0x20).register16(0x0C)).isEqualTo(0x0001);
		assertThat(chip(0x20).register16(0x00)).isEqualTo(0xFFFF);
	}

	@Test
	void debouncesPolledInputsAsTheWiringSays() {
		open(POLLED);
		DigitalInput door = input(0, PullResistance.PULL_UP, 25);
		List<DigitalState> changes = new CopyOnWriteArrayList<>();
		door.addListener((event) -> changes.add(event.state()));
		Mcp23017Model chip = chip(0x20);
		assertThat(door.state()).as("pulled up, switch open").isEqualTo(DigitalState.HIGH);

		chip.pin(0, false);
		readAt(0);
		chip.pin(0, true); // a bounce
		readAt(10);
		chip.pin(0, false);
		readAt(20);
		readAt(44);
		assertThat(changes).as("low for 24 ms only").isEmpty();
		assertThat(door.state()).isEqualTo(DigitalState.HIGH);

		readAt(45);
		assertThat(changes).containsExactly(DigitalState.LOW);
		assertThat(door.state()).isEqualTo(DigitalState.LOW);
	}

	@Test
	void readsOnAFallingInterruptLineAndClearsIt() {
		open(WITH_INT);
		DigitalInput door = input(2, PullResistance.PULL_UP, 0);
		List<DigitalState> changes = new CopyOnWriteArrayList<>();
		door.addListener((event) -> changes.add(event.state()));
		Mcp23017Model chip = chip(0x21);
		MockDigitalInput interrupt = this.context.registry().get("expander-doors-b-int");
		chip.onInt((low) -> interrupt.mockState(low ? DigitalState.LOW : DigitalState.HIGH));

		assertThat(chip.register8(0x0A)).as("IOCON: mirrored, open-drain").isEqualTo(0x44);
		assertThat(chip.register16(0x04)).as("GPINTEN").isEqualTo(0x0004);
		assertThat(interrupt.config().pull()).isEqualTo(PullResistance.PULL_UP);

		chip.pin(2, false);

		await().atMost(Duration.ofSeconds(5)).until(() -> changes.contains(DigitalState.LOW));
		assertThat(chip.intLow()).as("the read cleared INT").isFalse();
	}

	@Test
	void triesATransferThreeTimesBeforeTheChipCountsAsSilent() {
		open(POLLED);
		DigitalOutput lock = output(8, DigitalState.LOW);
		Mcp23017Model chip = chip(0x20);

		chip.failNext(2);
		lock.state(DigitalState.HIGH);
		this.chips.sample("doors-a");
		assertThat(this.told).isEmpty();
		assertThat(chip.register16(0x14)).isEqualTo(0x0100);

		chip.failNext(3);
		lock.state(DigitalState.LOW);
		this.chips.sample("doors-a");
		assertThat(this.told).singleElement()
			.asString()
			.startsWith("doors-a silent: no answer at I2C address 0x20 on /dev/i2c-1 after 3 tries");
	}

	@Test
	void aSilentChipKeepsItsOutputsLevelsAndGetsThemWhenItAnswersAgainAsAFreshChip() {
		open(POLLED);
		DigitalOutput lock = output(8, DigitalState.LOW);
		DigitalInput door = input(0, PullResistance.PULL_UP, 0);
		Mcp23017Model chip = chip(0x20);

		chip.silent(true);
		this.chips.sample("doors-a");
		lock.state(DigitalState.HIGH); // no error: kept for later
		chip.powerOn();
		chip.pin(0, false);
		this.chips.sample("doors-a");
		assertThat(this.told).singleElement().asString().startsWith("doors-a silent: ");
		assertThat(this.chips.states()).containsEntry("doors-a", this.chips.states().get("doors-a"))
			.hasEntrySatisfying("doors-a", (state) -> assertThat(state).startsWith("silent: no answer"));

		chip.silent(false);
		List<DigitalState> changes = new CopyOnWriteArrayList<>();
		door.addListener((event) -> changes.add(event.state()));
		int from = chip.transfers().size();
		this.chips.sample("doors-a");

		assertThat(this.told).containsExactly(this.told.get(0), "doors-a answering ");
		List<String> setUp = chip.transfers().subList(from, chip.transfers().size());
		assertThat(setUp).containsSubsequence("W 0x0A 0x40", "W 0x14 0x0100", "W 0x0C 0x0001", "W 0x00 0xFEFF",
				"R 0x12");
		assertThat(chip.level(8)).isTrue();
		assertThat(changes).as("the door moved while the chip was silent").containsExactly(DigitalState.LOW);
		assertThat(this.chips.states()).containsEntry("doors-a", "answering at I2C address 0x20 on /dev/i2c-1");
	}

	@Test
	void findsAChipThatWasResetBetweenTwoReadsByItsIoconAndSetsItUpAgain() {
		open(POLLED);
		output(8, DigitalState.HIGH);
		Mcp23017Model chip = chip(0x20);

		chip.powerOn();
		assertThat(chip.level(8)).as("a reset chip's outputs float as inputs").isFalse();
		this.chips.sample("doors-a");

		assertThat(chip.register16(0x00)).isEqualTo(0xFEFF);
		assertThat(chip.level(8)).isTrue();
		assertThat(this.told).as("it never stopped answering").isEmpty();
	}

	@Test
	void aChipSilentFromTheStartIsToldToTheListenerSetLater() {
		this.bus.silentFromStart(1, 0x20);
		open(POLLED);
		DigitalInput door = input(0, PullResistance.PULL_UP, 25);

		List<String> late = new CopyOnWriteArrayList<>();
		this.chips.tellSilent((name, answering, reason) -> late.add(name + " " + answering));

		assertThat(late).containsExactly("doors-a false");
		assertThat(door.state()).as("never read").isEqualTo(DigitalState.UNKNOWN);
	}

	private void open(Expander expander) {
		this.context = ExpanderTestContexts.open(List.of(expander), this.bus, this.ticker::get);
		this.chips = ExpanderTestContexts.chips(this.context);
		this.chips.onChange(
				(name, answering, reason) -> this.told.add(name + (answering ? " answering " : " silent: ") + reason));
		this.chips.open(this.context);
	}

	private Mcp23017Model chip(int address) {
		return this.bus.chip(1, address);
	}

	private void readAt(long millis) {
		this.ticker.set(TimeUnit.MILLISECONDS.toNanos(millis));
		this.chips.sample("doors-a");
	}

	private DigitalOutput output(int line, DigitalState initial) {
		return this.chips.output(this.context,
				DigitalOutput.newConfigBuilder(this.context)
					.id("out-" + line)
					.address(ExpanderChips.address(0, line))
					.initial(initial)
					.shutdown(DigitalState.LOW)
					.build());
	}

	private DigitalInput input(int line, PullResistance pull, long debounceMs) {
		return this.chips.input(this.context,
				DigitalInput.newConfigBuilder(this.context)
					.id("in-" + line)
					.address(ExpanderChips.address(0, line))
					.pull(pull)
					.debounce(debounceMs, TimeUnit.MILLISECONDS)
					.build());
	}

}
