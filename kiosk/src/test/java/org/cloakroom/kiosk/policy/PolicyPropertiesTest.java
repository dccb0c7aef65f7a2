package org.cloakroom.kiosk.policy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PolicyPropertiesTest {

	@Test
	void refusesAnInventoryMaximumAgeThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PolicyProperties(PolicyProperties.Mode.FLAGGED_APPS_ONLY,
					UnenrolledPhoneAction.REQUIRE_STORAGE, PolicyProperties.NoInventory.MUST_STORE,
					new ClassPathResource("catalogue/seed.json"), Duration.ZERO, PolicyProperties.Action.WARN,
					PolicyProperties.Action.WARN, PolicyProperties.MdmInventory.CLEAR))
			.withMessage("cloakroom.policy.inventory-max-age must be positive, got PT0S");
	}

}
