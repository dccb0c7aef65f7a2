package org.cloakroom.kiosk.alert;

import java.util.Arrays;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertFilterTest {

	@Test
	void takesABlankStatusAsNoStatusAsABlankSeverityIs() {
		// GET /api/v1/alerts?status=%00 binds a set holding null: it once answered 500
		// (the fuzzer found it)
		AlertFilter filter = new AlertFilter(new HashSet<>(Arrays.asList(null, AlertStatus.OPEN)), null, null, null,
				null, null);

		assertThat(filter.statuses()).containsExactly(AlertStatus.OPEN);
		assertThat(new AlertFilter(new HashSet<>(Arrays.asList((AlertStatus) null)), null, null, null, null, null)
			.statuses()).isEmpty();
	}

}
