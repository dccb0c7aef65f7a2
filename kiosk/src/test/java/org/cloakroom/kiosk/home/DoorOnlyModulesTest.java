package org.cloakroom.kiosk.home;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The door-only modules by package: each module and its sub-packages, nothing beside. */
class DoorOnlyModulesTest {

	@Test
	void aClassOfADoorOnlyModuleOrItsSubPackageIsDoorOnly() {
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.locker.Lockers")).isTrue();
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.ble.bluez.BluezTransport")).isTrue();
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.web.kiosk.KioskPage")).isTrue();
	}

	@Test
	void sharedModulesAndLookalikeNamesAreNot() {
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.web.admin.LockersPage")).isFalse();
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.web.KioskScreen")).isFalse();
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.lockers.Something")).isFalse();
		assertThat(DoorOnlyModules.isDoorOnly("org.cloakroom.kiosk.enrolment.Enrolment")).isFalse();
	}

}
