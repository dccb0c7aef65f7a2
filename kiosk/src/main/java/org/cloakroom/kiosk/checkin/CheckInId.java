package org.cloakroom.kiosk.checkin;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A check-in's id: random, so that one conversation at the door cannot be guessed from
 * another. On the wire it is the bare UUID.
 */
public record CheckInId(UUID value) {

	public CheckInId {
		if (value == null) {
			throw new IllegalArgumentException("A check-in id needs a value");
		}
	}

	static CheckInId random() {
		return new CheckInId(UUID.randomUUID());
	}

	@JsonCreator
	public static CheckInId of(UUID value) {
		return new CheckInId(value);
	}

	/**
	 * For path variables and request parameters.
	 * @throws IllegalArgumentException when {@code text} is not a UUID
	 */
	public static CheckInId valueOf(String text) {
		return new CheckInId(UUID.fromString(text));
	}

	@JsonValue
	public UUID value() {
		return this.value;
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
