package org.cloakroom.yardstick;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

/** The one entity: enough for JPA, Hibernate and validation to start as an application's would. */
@Entity
public class Owner {

	@Id
	@GeneratedValue
	private Long id;

	@NotBlank
	private String name;

	protected Owner() {
	}

	public Owner(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
