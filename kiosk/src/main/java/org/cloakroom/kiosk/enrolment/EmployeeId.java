package org.cloakroom.kiosk.enrolment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enrolled employee's id. On the wire and in the database it is the bare number; in
 * code it is its own type, so one kind of id cannot be passed where another is meant.
 */
public record EmployeeId(long value) {

	@JsonCreator
	public static EmployeeId of(long value) {
		return new EmployeeId(value);
	}

	/** For path variables and request parameters. */
	public static EmployeeId valueOf(String text) {
		return new EmployeeId(Long.parseLong(text));
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
