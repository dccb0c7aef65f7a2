package org.cloakroom.kiosk.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

class PinHasherTest {

	private final PinHasher hasher = new PinHasher(
			new SecurityProperties(new SecurityProperties.Pin(4, 5, Duration.ofMinutes(15), Duration.ofMinutes(15))));

	@ParameterizedTest
	@ValueSource(strings = { "1234", "00000000", "9081726" })
	void matchesThePinItHashed(String pin) {
		String hash = this.hasher.hash(pin);

		assertThat(hash).doesNotContain(pin).startsWith("$2a$04$");
		assertThat(this.hasher.matches(pin, hash)).isTrue();
	}

	@Test
	void doesNotMatchAnotherPin() {
		String hash = this.hasher.hash("1234");

		assertThat(this.hasher.matches("1235", hash)).isFalse();
		assertThat(this.hasher.matches("12345", hash)).isFalse();
	}

	@Test
	void saltsEachHash() {
		assertThat(this.hasher.hash("1234")).isNotEqualTo(this.hasher.hash("1234"));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "123", "123456789", "12a4", " 1234", "1234\n", "١٢٣٤" })
	void refusesToHashAPinThatIsNotFourToEightDigitsWithoutEchoingIt(String pin) {
		assertRefusal(SecurityRefusal.class, () -> this.hasher.hash(pin))
			.isEqualTo("A PIN must be 4 to 8 digits (0-9)");
	}

	@Test
	void aMalformedPinMatchesNothing() {
		String hash = this.hasher.hash("1234");

		assertThat(this.hasher.matches("1234 ", hash)).isFalse();
		assertThat(this.hasher.matches(null, hash)).isFalse();
	}

	@Test
	void refusesToCheckWithoutAStoredHash() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.hasher.matches("1234", " "))
			.withMessageContaining("stored PIN hash")
			.withMessageNotContaining("1234");
	}

}
