package org.cloakroom.kiosk.locker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason code start-up records has its words, and refusals keep the API's words.
 */
class LockerWordsTest {

	@ParameterizedTest
	@EnumSource(RecoveryReason.class)
	void everyRecoveryReasonHasWordsNamingNoUrl(RecoveryReason reason) {
		assertThat(LockerWords.of(reason, 3, 42, LockerFault.FORCED)).isNotBlank()
			.doesNotContain("/api/")
			.doesNotContain("{");
	}

	@Test
	void recordsReasonsAsKebabCaseCodes() {
		assertThat(RecoveryReason.STORING_DOOR_NEVER_OPENED.code()).isEqualTo("storing-door-never-opened");
	}

	@Test
	void saysNoLockerIsFreeAsTheApiAlwaysHas() {
		assertThat(LockerWords.of(new NoFreeLockerException())).isEqualTo("No locker is free");
	}

}
