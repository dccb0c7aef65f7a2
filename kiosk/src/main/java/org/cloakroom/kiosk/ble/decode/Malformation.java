package org.cloakroom.kiosk.ble.decode;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a part of an advertisement was skipped; counted per kind in the BLE health. */
public enum Malformation {

	/** A zero length byte followed by anything but zero padding. */
	ZERO_LENGTH("zero length"),
	/** An AD structure or a frame's length runs past the end of its data. */
	OVERRUN("length overrun"),
	/** A structure or frame shorter (or longer) than its type requires. */
	TRUNCATED("truncated frame"),
	/** A UUID list whose length is not a multiple of the UUID size. */
	BAD_UUID_SIZE("bad UUID size");

	private final String label;

	Malformation(String label) {
		this.label = label;
	}

	@JsonValue
	public String label() {
		return this.label;
	}

}
