package org.cloakroom.kiosk.ble.decode;

/**
 * An unencrypted Eddystone-TLM frame (service 0xFEAA, frame type 0x20, version 0):
 * battery in mV (0 when not supported), temperature in °C from signed 8.8 fixed point
 * ({@code null} when the beacon sends 0x8000, "not supported"), advertising PDUs and
 * tenths of a second since power-on.
 */
public record EddystoneTlmFrame(int batteryMillivolts, Double temperatureCelsius, long advertisingCount,
		long uptimeTenthsOfSecond) {

	/** The uptime in seconds. */
	public double uptimeSeconds() {
		return this.uptimeTenthsOfSecond / 10.0;
	}

}
