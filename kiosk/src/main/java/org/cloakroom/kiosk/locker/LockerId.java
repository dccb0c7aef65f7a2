package org.cloakroom.kiosk.locker;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A locker's id, the number on its door and in the wiring file. On the wire and in the
 * database it is the bare number; in code it is its own type, so one kind of id cannot be
 * passed where another is meant.
 */
public record LockerId(int value) {

	@JsonCreator
	public static LockerId of(int value) {
		return new LockerId(value);
	}

	/** For path variables and request parameters. */
	public static LockerId valueOf(String text) {
		return new LockerId(Integer.parseInt(text));
	}

	@JsonValue
	public int value() {
		return this.value;
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
