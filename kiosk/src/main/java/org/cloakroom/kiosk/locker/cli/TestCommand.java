package org.cloakroom.kiosk.locker.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.locker.gpio.GpioProvider;
import org.cloakroom.kiosk.locker.gpio.GpioSession;
import org.cloakroom.kiosk.locker.gpio.LockerIo;
import org.cloakroom.kiosk.wiring.BankWiring;
import org.cloakroom.kiosk.wiring.LockerWiring;
import org.cloakroom.kiosk.wiring.WiringReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gpio test --locker <id>}: opens one lock on site and reports its sensors before
 * and after. Hold mode: unlocked for {@code --open-for}, then locked; pulse mode: the
 * wired pulse, waited out (a board that times its own: {@code --open-for}). A door on a
 * locker board is read again from the board before "after". Every output is locked again
 * when the command ends.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
		description = "Pulse one locker's lock and report its door and occupancy sensors before and after.")
final class TestCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--locker", required = true, description = "The locker id in the wiring file.")
	int locker;

	@Option(names = "--wiring", defaultValue = "/etc/cloakroom/lockers.yaml",
			description = "The wiring file (default: ${DEFAULT-VALUE}).")
	Path wiring;

	@Option(names = "--provider", defaultValue = "gpiod", converter = ProviderConverter.class,
			description = "gpiod (a Raspberry Pi) or mock (default: ${DEFAULT-VALUE}).")
	GpioProvider provider;

	@Option(names = "--open-for", defaultValue = "1s", converter = DurationConverter.class,
			description = "How long a hold-mode lock stays unlocked, e.g. 1s, 500ms (default: ${DEFAULT-VALUE}).")
	Duration openFor;

	@Override
	public Integer call() throws InterruptedException {
		BankWiring bank = WiringReader.read(this.wiring);
		LockerWiring wired = bank.locker(this.locker).orElseThrow(() -> new NotFoundException("Locker", this.locker));
		try (GpioSession session = GpioSession.open(this.provider, bank, this.wiring)) {
			LockerIo io = session.io();
			Sensors before = Sensors.read(io, this.locker, session);
			io.unlock(this.locker);
			boolean unlocked = session.isUnlocked(this.locker);
			Boolean acknowledged = wired.lock().onBoard().map((channel) -> true).orElse(null);
			Duration wait = wired.lock().pulse().map((pulse) -> pulse.plusMillis(50)).orElse(this.openFor);
			Thread.sleep(wait.toMillis());
			io.lock(this.locker);
			wired.door().onBoard().ifPresent((channel) -> session.boards().pollNow(channel.board()));
			Sensors after = Sensors.read(io, this.locker, session);
			Json.print(this.spec.commandLine().getOut(),
					new Result(this.locker, wired.label(), this.provider.name().toLowerCase(Locale.ROOT),
							this.wiring.toString(), wired.lock().mode().name().toLowerCase(Locale.ROOT),
							lockWhere(wired), wait.toMillis(), before, unlocked, acknowledged, after));
		}
		return 0;
	}

	/** "BCM 16", "line 3 of expander doors-a" or "channel 3 of board bank-a". */
	private static String lockWhere(LockerWiring wired) {
		return wired.lock()
			.onBoard()
			.map(Object::toString)
			.orElseGet(() -> wired.lock()
				.onExpander()
				.map((name) -> "line " + wired.lock().line() + " of expander " + name)
				.orElse("BCM " + wired.lock().line()));
	}

	/**
	 * {@code boardAcknowledged}: a board lock's open command was answered (a board that
	 * times its own pulse never reads as unlocked); null for a lock on a line.
	 */
	record Result(int locker, String label, String provider, String wiring, String mode, String lockLine,
			long unlockedForMs, Sensors before, boolean unlockedWhenCommanded, Boolean boardAcknowledged,
			Sensors after) {
	}

	/** What the sensors read; {@code occupied} is null without an occupancy sensor. */
	record Sensors(boolean doorOpen, Boolean occupied, boolean locked) {

		static Sensors read(LockerIo io, int locker, GpioSession session) {
			return new Sensors(io.isDoorOpen(locker), io.occupancy(locker).recorded(), !session.isUnlocked(locker));
		}

	}

}
