package org.cloakroom.kiosk.locker.gpio;

import java.time.Duration;
import java.util.Optional;

/** A lock on an output line: held open, or pulsed for the wired time. */
record LineLock(OutputLine line, Optional<Duration> wiredPulse) implements LockDrive {

	@Override
	public void lock() {
		this.line.set(false);
	}

	@Override
	public void unlock() {
		this.wiredPulse.ifPresentOrElse(this.line::pulse, () -> this.line.set(true));
	}

	@Override
	public void pulse(Duration length) {
		this.line.pulse(this.wiredPulse.orElse(length));
	}

	@Override
	public boolean isUnlocked() {
		return this.line.isOn();
	}

}
