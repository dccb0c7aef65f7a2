package org.cloakroom.kiosk.fleet.ingest;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodeTest {

	@Test
	void isTwelveCharactersWithoutLookAlikesInGroupsOfFour() {
		String code = JoinCode.generate(new SecureRandom());

		assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
		assertThat(JoinCode.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
	}

	@Test
	void readsACodeAsTypedAndRefusesWhatCannotBeOne() {
		assertThat(JoinCode.characters(" abcd-efgh jklm ")).contains("ABCDEFGHJKLM");
		assertThat(JoinCode.characters("ABCD-EFGH-JKL0")).isEmpty();
		assertThat(JoinCode.characters("ABCD-EFGH")).isEmpty();
		assertThat(JoinCode.characters(null)).isEmpty();
		assertThat(JoinCode.digest("ABCDEFGHJKLM")).hasSize(64).isEqualTo(Sha256.hex("ABCDEFGHJKLM"));
	}

}
