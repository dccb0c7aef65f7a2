package org.cloakroom.kiosk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BidiControlsTest {

	@Test
	void refusesEachBidiControlNamingFieldCharacterAndPosition() {
		int[] controls = { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
				0x061C };
		for (int control : controls) {
			String name = "Ada" + Character.toString(control) + "Lovelace";
			assertThatExceptionOfType(BidiControls.Refused.class).isThrownBy(() -> BidiControls.refuse("name", name))
				.withMessageContaining("name")
				.withMessageContaining(String.format("U+%04X", control))
				.withMessageContaining("at character 4");
		}
	}

	@Test
	void countsPositionsInCharactersAsPeopleSeeThemNotUtf16Units() {
		assertThat(BidiControls.problem("label", "\uD83D\uDCF1 phone\u202E")).hasValueSatisfying(
				(problem) -> assertThat(problem).contains("RIGHT-TO-LEFT OVERRIDE").contains("at character 8"));
	}

	@Test
	void acceptsRightToLeftScriptsAndOrdinaryText() {
		assertThat(BidiControls.refuse("name", "محمد الخوارزمي")).isEqualTo("محمد الخوارزمي");
		assertThat(BidiControls.refuse("name", "Zoë O'Neil-Smith")).isEqualTo("Zoë O'Neil-Smith");
		assertThat(BidiControls.problem("name", null)).isEmpty();
	}

}
