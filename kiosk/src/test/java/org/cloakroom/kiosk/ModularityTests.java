package org.cloakroom.kiosk;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(CloakroomApplication.class).verify();
	}

}
