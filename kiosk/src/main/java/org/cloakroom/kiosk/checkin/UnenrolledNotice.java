package org.cloakroom.kiosk.checkin;

import java.util.List;

import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;

/**
 * Phones at the door that are not enrolled, and what the area policy does about them.
 * {@code kinds} says what they looked like ("iPhone"); never their addresses.
 */
public record UnenrolledNotice(List<String> deviceKeys, List<String> kinds, UnenrolledPhoneAction action) {

	public UnenrolledNotice {
		deviceKeys = List.copyOf(deviceKeys);
		kinds = List.copyOf(kinds);
	}

	public int count() {
		return this.deviceKeys.size();
	}

	/** How many unenrolled phones must go into the locker under the policy. */
	public int toStore() {
		return (this.action == UnenrolledPhoneAction.REQUIRE_STORAGE) ? count() : 0;
	}

	public String plainWords() {
		if (count() == 0 || this.action == UnenrolledPhoneAction.IGNORE) {
			return null;
		}
		String what = (count() == 1) ? "A phone that is not enrolled (" + this.kinds.get(0) + ") is"
				: count() + " phones that are not enrolled are";
		return switch (this.action) {
			case REQUIRE_STORAGE -> what + " at the door. Phones that are not enrolled must be stored.";
			case ALERT -> what + " at the door. Security has been told.";
			case IGNORE -> null;
		};
	}

}
