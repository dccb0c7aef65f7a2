package org.cloakroom.kiosk.policy;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The area policy ({@code cloakroom.policy.*}).
 *
 * @param mode which phones must be stored: those with a flagged app, or all
 * @param unenrolledPhones what to do about a phone at the door that is not enrolled
 * @param unenrolledInside what to do about a phone that is not enrolled, heard inside the
 * area
 * @param noInventory what to decide for an enrolled phone with no app inventory at all
 * @param catalogueSeed the catalogue loaded at first start, when the catalogue is empty
 * @param inventoryMaxAge how old the newest inventory may be before it is stale
 * @param staleInventory what a stale inventory does to the decision
 * @param overdueAttestation what an overdue attestation does to the decision
 * @param mdmInventory the decision for a phone whose newest inventory is an MDM report
 * without a flagged app (an MDM report proves presence, never absence)
 */
@ConfigurationProperties("cloakroom.policy")
@Validated
public record PolicyProperties(@DefaultValue("FLAGGED_APPS_ONLY") @NotNull Mode mode,
		@DefaultValue("REQUIRE_STORAGE") @NotNull UnenrolledPhoneAction unenrolledPhones,
		@DefaultValue("ALERT") @NotNull UnenrolledInsideAction unenrolledInside,
		@DefaultValue("MUST_STORE") @NotNull NoInventory noInventory,
		@DefaultValue("classpath:catalogue/seed.json") @NotNull Resource catalogueSeed,
		@DefaultValue("90d") @NotNull Duration inventoryMaxAge, @DefaultValue("WARN") @NotNull Action staleInventory,
		@DefaultValue("WARN") @NotNull Action overdueAttestation,
		@DefaultValue("CLEAR") @NotNull MdmInventory mdmInventory) {

	@ConstructorBinding
	public PolicyProperties {
		if (inventoryMaxAge != null && (inventoryMaxAge.isNegative() || inventoryMaxAge.isZero())) {
			throw new IllegalArgumentException(
					"cloakroom.policy.inventory-max-age must be positive, got " + inventoryMaxAge);
		}
	}

	/** The policy as it was before it said anything about unenrolled phones inside. */
	PolicyProperties(Mode mode, UnenrolledPhoneAction unenrolledPhones, NoInventory noInventory, Resource catalogueSeed,
			Duration inventoryMaxAge, Action staleInventory, Action overdueAttestation, MdmInventory mdmInventory) {
		this(mode, unenrolledPhones, UnenrolledInsideAction.ALERT, noInventory, catalogueSeed, inventoryMaxAge,
				staleInventory, overdueAttestation, mdmInventory);
	}

	/**
	 * The area policy this configuration starts with; the admin console's changes
	 * ({@link AreaPolicyAdministration}) are laid over it.
	 */
	public AreaPolicy areaPolicy() {
		return new AreaPolicy(this.mode, this.unenrolledPhones, this.unenrolledInside, this.noInventory,
				this.inventoryMaxAge, this.staleInventory, this.overdueAttestation, this.mdmInventory);
	}

	/** Which phones the area admits. */
	public enum Mode {

		/** Phones may enter unless they carry a STORE_REQUIRED flagged app. */
		FLAGGED_APPS_ONLY,
		/** No phone may enter. */
		ALL_PHONES

	}

	/**
	 * The decision for an enrolled phone whose apps are unknown; UNKNOWN stores it too,
	 * but says that the evidence is missing rather than that a rule forbids the phone.
	 */
	public enum NoInventory {

		MUST_STORE, CLEAR, UNKNOWN

	}

	/** What a weakness of the evidence (stale inventory, overdue attestation) does. */
	public enum Action {

		/** The phone must be stored. */
		MUST_STORE,
		/** The decision is unchanged; the employee is told and the reason is logged. */
		WARN

	}

	/** The decision for a phone whose only evidence of absence is an MDM report. */
	public enum MdmInventory {

		CLEAR, UNKNOWN

	}

}
