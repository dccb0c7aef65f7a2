package org.cloakroom.kiosk.enrolment;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IdentityCipherTest {

	private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	private final IdentityCipher cipher = new IdentityCipher(new EnrolmentProperties(KEY, 30));

	@Test
	void roundTripsWithARandomIvEachTime() {
		byte[] secret = "0123456789abcdef".getBytes();

		String first = this.cipher.encrypt(secret, "phone 1");
		String second = this.cipher.encrypt(secret, "phone 1");

		assertThat(first).isNotEqualTo(second);
		assertThat(Base64.getDecoder().decode(first)).hasSize(12 + 16 + 16);
		assertThat(this.cipher.decrypt(first, "phone 1")).isEqualTo(secret);
		assertThat(this.cipher.decrypt(second, "phone 1")).isEqualTo(secret);
	}

	@Test
	void refusesAValueSealedForAnotherContextOrKey() {
		String sealed = this.cipher.encrypt(new byte[16], "phone 1");
		IdentityCipher other = new IdentityCipher(
				new EnrolmentProperties(Base64.getEncoder().encodeToString(new byte[32]), 30));

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(sealed, "phone 2"))
			.withMessageContaining("phone 2");
		assertThatIllegalStateException().isThrownBy(() -> other.decrypt(sealed, "phone 1"))
			.withMessageContaining("cloakroom.enrolment.identity-key");
	}

	@Test
	void stopsWithAMessageNamingThePropertyWhenTheKeyIsMissingOrMalformed() {
		assertThatIllegalStateException().isThrownBy(() -> new IdentityCipher(new EnrolmentProperties(null, 30)))
			.withMessageStartingWith("cloakroom.enrolment.identity-key is not set");
		assertThatIllegalStateException()
			.isThrownBy(() -> new IdentityCipher(new EnrolmentProperties("not base64!", 30)))
			.withMessageStartingWith("cloakroom.enrolment.identity-key is not valid base64");
		assertThatIllegalStateException().isThrownBy(
				() -> new IdentityCipher(new EnrolmentProperties(Base64.getEncoder().encodeToString(new byte[16]), 30)))
			.withMessageStartingWith("cloakroom.enrolment.identity-key decodes to 16 bytes, not the 32 of AES-256: "
					+ "it must be 32 random bytes in base64");
	}

	@Test
	void propertiesNeverShowTheKey() {
		assertThat(new EnrolmentProperties(KEY, 30).toString()).doesNotContain(KEY);
	}

}
