package org.cloakroom.kiosk.locker;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A storage's id: one employee's phones in one locker, from storing to collection. On the
 * wire and in the database it is the bare number; in code it is its own type, so one kind
 * of id cannot be passed where another is meant.
 */
public record StorageId(long value) {

	@JsonCreator
	public static StorageId of(long value) {
		return new StorageId(value);
	}

	/** For path variables and request parameters. */
	public static StorageId valueOf(String text) {
		return new StorageId(Long.parseLong(text));
	}

	@JsonValue
	public long value() {
		return this.value;
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
