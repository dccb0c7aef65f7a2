package org.cloakroom.kiosk.ble.decode;

/**
 * Microsoft's Connected Devices Platform beacon (manufacturer data 0x0006, scenario type
 * 1, [MS-CDP] 2.2.2.2): the sender's device type, e.g. 8 = Android device (Phone Link), 9
 * = Windows desktop.
 */
public record MicrosoftCdpFrame(int deviceType, String deviceTypeName) {

	static String nameOf(int deviceType) {
		return switch (deviceType) {
			case 1 -> "Xbox One";
			case 6 -> "iPhone";
			case 7 -> "iPad";
			case 8 -> "Android device";
			case 9 -> "Windows desktop";
			case 11 -> "Windows phone";
			case 12 -> "Linux device";
			case 13 -> "Windows IoT";
			case 14 -> "Surface Hub";
			case 15 -> "Windows laptop";
			case 16 -> "Windows tablet";
			default -> "unknown";
		};
	}

}
