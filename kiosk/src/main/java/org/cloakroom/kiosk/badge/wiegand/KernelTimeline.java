package org.cloakroom.kiosk.badge.wiegand;

/**
 * Places the kernel's edge time stamps, as Pi4J's gpiod library gives them, on one time
 * line. Its native code multiplies the seconds as a 32-bit number on 32-bit Raspberry Pi
 * OS (armhf), so a stamp is right only modulo 2^32 ns (4.3 s); a difference under 2.1 s
 * (all that a frame needs) is still exact when taken modulo 2^32, on either architecture.
 */
final class KernelTimeline {

	private boolean started;

	private long lastStamp;

	private long lastPlace;

	long place(long stamp) {
		this.lastPlace = this.started ? this.lastPlace + (int) (stamp - this.lastStamp) : stamp;
		this.started = true;
		this.lastStamp = stamp;
		return this.lastPlace;
	}

}
