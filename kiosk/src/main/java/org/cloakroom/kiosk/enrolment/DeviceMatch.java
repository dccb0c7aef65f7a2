package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.enrolment.mdm.DeviceKeys;

/**
 * Finds the enrolled phone an MDM row is about: by serial number, then IMEI, then UDID,
 * then the MDM's own id (case-insensitively). The first kind that matches decides, so a
 * serial that names one phone beats an MDM id that names another. Never by e-mail or user
 * name: those name a person, who may have several phones.
 */
final class DeviceMatch {

	private final List<PhoneDevices> phones;

	DeviceMatch(List<PhoneDevices> phones) {
		this.phones = List.copyOf(phones);
	}

	Optional<PhoneDevices> find(DeviceKeys keys) {
		List<String> wanted = keys.inMatchingOrder();
		for (int kind = 0; kind < wanted.size(); kind++) {
			String key = wanted.get(kind);
			if (key == null) {
				continue;
			}
			for (PhoneDevices phone : this.phones) {
				if (key.equalsIgnoreCase(column(phone.deviceIds(), kind))) {
					return Optional.of(phone);
				}
			}
		}
		return Optional.empty();
	}

	private static String column(DeviceIds ids, int kind) {
		return switch (kind) {
			case 0 -> ids.serial();
			case 1 -> ids.imei();
			case 2 -> ids.udid();
			default -> ids.mdmId();
		};
	}

}
