package org.cloakroom.kiosk.ble.transport;

/** Whether a transport is scanning, and if not, why (for the health endpoint). */
public record TransportHealth(boolean scanning, String detail) {

	public static TransportHealth scanning(String detail) {
		return new TransportHealth(true, detail);
	}

	public static TransportHealth stopped(String detail) {
		return new TransportHealth(false, detail);
	}

}
