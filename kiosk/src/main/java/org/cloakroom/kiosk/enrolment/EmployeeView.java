package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An enrolled employee as the consoles show one: the {@link EmployeeRef} and whether an
 * admin deactivated them ({@code deactivatedAt}, null while active). Never the PIN hash.
 */
public record EmployeeView(EmployeeId id, String name, String badgeId, String language, Instant deactivatedAt) {

	/** Whether the employee may check in at the kiosk. */
	@JsonProperty("active")
	public boolean active() {
		return this.deactivatedAt == null;
	}

	@JsonIgnore
	public EmployeeRef ref() {
		return new EmployeeRef(this.id, this.name, this.badgeId, this.language);
	}

}
