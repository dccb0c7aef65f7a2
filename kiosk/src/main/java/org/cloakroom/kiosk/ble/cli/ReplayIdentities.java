package org.cloakroom.kiosk.ble.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cloakroom.kiosk.ble.BleIdentity;
import org.cloakroom.kiosk.ble.EnrolledIdentity;

/**
 * The phones {@code ble replay} enrols from its options, each {@code name=value}: an IRK
 * ({@code --irk}), a fixed address ({@code --fixed}), an iBeacon
 * ({@code --ibeacon name=uuid/major/minor}) or an Eddystone-UID
 * ({@code --eddystone name=namespace/instance}). One name is one phone, however many
 * identities it is given, as enrolment keeps them; the values are read as every field
 * tool reads them ({@link IdentityArguments}), and a bad one names its option and phone.
 */
final class ReplayIdentities {

	private final Map<String, Long> phoneIds = new LinkedHashMap<>();

	private final List<EnrolledIdentity> enrolled = new ArrayList<>();

	void irks(Map<String, String> options) {
		add("--irk", options, IdentityArguments::irk);
	}

	void fixedAddresses(Map<String, String> options) {
		add("--fixed", options, IdentityArguments::fixed);
	}

	void iBeacons(Map<String, String> options) {
		add("--ibeacon", options, IdentityArguments::iBeacon);
	}

	void eddystones(Map<String, String> options) {
		add("--eddystone", options, IdentityArguments::eddystone);
	}

	List<EnrolledIdentity> enrolled() {
		return List.copyOf(this.enrolled);
	}

	/** The name given on the command line to a phone id. */
	String name(long phoneId) {
		return this.phoneIds.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == phoneId)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("phone " + phoneId);
	}

	private void add(String option, Map<String, String> options, Function<String, BleIdentity> parse) {
		options.forEach((name, text) -> {
			BleIdentity identity;
			try {
				identity = parse.apply(text);
			}
			catch (RuntimeException ex) {
				String why = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("") : "malformed";
				throw new IllegalArgumentException(option + " " + name + ": " + why, ex);
			}
			long phoneId = this.phoneIds.computeIfAbsent(name, (key) -> (long) this.phoneIds.size() + 1);
			this.enrolled.add(new EnrolledIdentity(phoneId, identity));
		});
	}

}
