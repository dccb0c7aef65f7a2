package org.cloakroom.kiosk.ble.decode;

/**
 * One Apple Continuity message in manufacturer data 0x004C: its type, the name the
 * reverse-engineering literature gives it (furiousMAC's "continuity" dissectors, Celosia
 * and Cunche 2020), and its data as hex.
 */
public record ContinuityMessage(int type, String name, String data) {

	static String nameOf(int type) {
		return switch (type) {
			case 0x02 -> "iBeacon";
			case 0x03 -> "AirPrint";
			case 0x05 -> "AirDrop";
			case 0x06 -> "HomeKit";
			case 0x07 -> "Proximity Pairing";
			case 0x08 -> "Hey Siri";
			case 0x09 -> "AirPlay Target";
			case 0x0A -> "AirPlay Source";
			case 0x0B -> "Magic Switch";
			case 0x0C -> "Handoff";
			case 0x0D -> "Tethering Target";
			case 0x0E -> "Tethering Source";
			case 0x0F -> "Nearby Action";
			case 0x10 -> "Nearby Info";
			case 0x12 -> "Find My";
			default -> "unknown";
		};
	}

}
