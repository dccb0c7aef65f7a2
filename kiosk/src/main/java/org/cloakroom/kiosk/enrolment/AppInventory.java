package org.cloakroom.kiosk.enrolment;

import java.time.Instant;
import java.util.Set;

/**
 * The apps one phone carries, with where and when that was learnt. {@code appIds} are
 * package names or bundle ids; {@code appNames} are display names (Intune reports only
 * those), weaker evidence that must be matched to the catalogue by name. {@code mdm}
 * names the device-management system of an MDM inventory ({@code null} for a
 * declaration).
 */
public record AppInventory(PhoneId phoneId, InventorySource source, Instant recordedAt, Set<String> appIds,
		Set<String> appNames, String mdm) {

	public AppInventory {
		appIds = Set.copyOf(appIds);
		appNames = Set.copyOf(appNames);
	}

	public AppInventory(PhoneId phoneId, InventorySource source, Instant recordedAt, Set<String> appIds) {
		this(phoneId, source, recordedAt, appIds, Set.of(), null);
	}

	/**
	 * Whether a flagged app missing from this list may be taken as absent: only the
	 * employee's declaration covers every app. An MDM list proves presence, never absence
	 * (Intune, for one, does not collect unmanaged apps on personal phones).
	 */
	public boolean provesAbsence() {
		return this.source == InventorySource.DECLARATION;
	}

}
