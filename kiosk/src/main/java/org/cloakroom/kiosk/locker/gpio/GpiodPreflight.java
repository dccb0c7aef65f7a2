package org.cloakroom.kiosk.locker.gpio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.pi4j.boardinfo.util.BoardInfoHelper;

/**
 * Checks what Pi4J 2.8's gpiod plugin needs before it is started, because the plugin
 * itself fails late or quietly: off a Pi it logs a warning and opens no chip, and every
 * line then fails with "No gpio chip yet initialized!". It opens the first chip whose
 * label contains "pinctrl": on a Pi 4 {@code pinctrl-bcm2711} (gpiochip0), on a Pi 5
 * {@code pinctrl-rp1} (gpiochip0 from kernel 6.6.45 on, gpiochip4 before), so BCM numbers
 * are line offsets on both.
 */
public final class GpiodPreflight {

	private static final List<String> NATIVE_ARCHES = List.of("aarch64", "arm", "armhf", "arm64");

	private final Path dev;

	private final String arch;

	private final Predicate<Path> accessible;

	private final BooleanSupplier raspberryPi;

	private final String user;

	public GpiodPreflight(Path dev, String arch, Predicate<Path> accessible, BooleanSupplier raspberryPi) {
		this(dev, System.getProperty("user.name"), arch, accessible, raspberryPi);
	}

	/**
	 * @param user whose access {@code accessible} judges (the service's user, when a tool
	 * checks on its behalf)
	 */
	public GpiodPreflight(Path dev, String user, String arch, Predicate<Path> accessible, BooleanSupplier raspberryPi) {
		this.user = user;
		this.dev = dev;
		this.arch = arch;
		this.accessible = accessible;
		this.raspberryPi = raspberryPi;
	}

	static GpiodPreflight ofThisMachine() {
		return new GpiodPreflight(Path.of("/dev"), System.getProperty("os.arch"),
				(chip) -> Files.isReadable(chip) && Files.isWritable(chip), BoardInfoHelper::runningOnRaspberryPi);
	}

	/** Why gpiod cannot start here, or empty when it can. */
	Optional<String> problem() {
		return chipProblem().or(this::platformProblem);
	}

	/**
	 * Why this user cannot open the GPIO chips in {@code dev}: none there, or one this
	 * user may not read and write; empty when every chip is open to it.
	 */
	public Optional<String> chipProblem() {
		List<Path> chips = chips();
		if (chips.isEmpty()) {
			return Optional.of("no " + this.dev.resolve("gpiochip*") + " on this machine: it is not a Raspberry Pi, "
					+ "or its kernel has no GPIO character device (use gpio-provider mock off a Pi)");
		}
		Optional<Path> denied = chips.stream().filter(this.accessible.negate()).findFirst();
		if (denied.isPresent()) {
			return Optional.of("permission denied on " + denied.get() + " for user " + this.user
					+ ": install firmware-config/udev/99-cloakroom-gpio.rules, add the user to the gpio group "
					+ "(usermod -aG gpio <user>) and log in again");
		}
		return Optional.empty();
	}

	/** The GPIO chips in {@code dev}, by name. */
	public List<Path> chips() {
		try (Stream<Path> files = Files.list(this.dev)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("gpiochip")).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private Optional<String> platformProblem() {
		if (!NATIVE_ARCHES.contains(this.arch)) {
			return Optional.of("Pi4J 2.8's gpiod plugin carries libgpiod only for aarch64 and armhf, and this JVM "
					+ "runs on " + this.arch);
		}
		if (!this.raspberryPi.getAsBoolean()) {
			return Optional.of("Pi4J does not recognise this board as a Raspberry Pi (it reads "
					+ "/proc/device-tree/model and /proc/cpuinfo), so its gpiod plugin would open no GPIO chip");
		}
		return Optional.empty();
	}

}
