package org.cloakroom.kiosk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CappedTest {

	@Test
	void keepsTheFirstItemsAndCountsTheRest() {
		Capped<Integer> capped = new Capped<>(3);
		for (int i = 0; i < 12_348; i++) {
			capped.add(i);
		}

		assertThat(capped.kept()).containsExactly(0, 1, 2);
		assertThat(capped.more()).isEqualTo(12_345);
		assertThat(Capped.andMore(capped.more())).isEqualTo("; and 12,345 more");
		assertThat(Capped.andMore(0)).isEmpty();
	}

}
