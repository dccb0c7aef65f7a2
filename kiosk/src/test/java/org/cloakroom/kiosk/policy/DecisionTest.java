package org.cloakroom.kiosk.policy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DecisionTest {

	private static final Reason WHY = new Reason("no-inventory", null, null, null, "No app inventory");

	@Test
	void unknownIsStoredAndSaysSo() {
		Decision unknown = new Decision.Unknown(List.of(WHY));

		assertThat(unknown.verdict()).isEqualTo(Decision.Verdict.UNKNOWN);
		assertThat(unknown.mustStore()).isTrue();
		assertThat(unknown.reasons()).containsExactly(WHY);
	}

	@Test
	void unknownNeedsAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Decision.Unknown(List.of()))
			.withMessage("UNKNOWN needs at least one reason");
	}

}
