package org.cloakroom.kiosk.ble.decode;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an advertisement's sender looks like, from what it sends (see
 * {@link AdFields#kind()} for the rules and how far each can be trusted). Serialised as
 * its {@link #label()}.
 */
public enum DeviceKind {

	/**
	 * An iPhone, or an iOS device the messages cannot tell from one (an iPad sends the
	 * same Nearby Info and Handoff; see the README's "Who is who").
	 */
	IPHONE("iPhone", true),
	/** An iPad that said so (its device class): counted as a phone at a secure door. */
	IPAD("iPad", true), MAC("Mac", false), AIRPODS("AirPods", false),
	/** An Apple Watch, locked or not: worn, never stored. */
	WATCH("Apple Watch", false),
	/** An Apple TV, or an AirPlay receiver that sends nothing but AirPlay Target. */
	APPLE_TV("Apple TV", false), HOMEPOD("HomePod", false), APPLE_DEVICE("Apple device", false),
	ANDROID_PHONE("Android phone", true),
	/**
	 * A phone whose platform the packet does not tell (an Exposure Notification beacon).
	 */
	PHONE("phone", true),
	/** A Google Fast Pair provider: headphones, earbuds, speakers. */
	FAST_PAIR_ACCESSORY("Fast Pair accessory", false), IBEACON("iBeacon", false), EDDYSTONE("Eddystone", false),
	WINDOWS("Windows", false), UNKNOWN("unknown", false);

	private final String label;

	private final boolean phone;

	DeviceKind(String label, boolean phone) {
		this.label = label;
		this.phone = phone;
	}

	/** As shown to people and written in JSON: {@code iPhone}, {@code Android phone}. */
	@JsonValue
	public String label() {
		return this.label;
	}

	/** Whether this kind is a phone (for "phone, not enrolled"). */
	public boolean isPhone() {
		return this.phone;
	}

}
