package org.cloakroom.kiosk.fleet.wire;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An IRK wrapped for one kiosk and one identity opens only there, and the wire never
 * holds it in the clear.
 */
class WrappedIrkTest {

	private static final byte[] KEY = HexFormat.of()
		.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

	private static final byte[] IRK = HexFormat.of().parseHex("ec0234a357c8ad05341010a60a397d9b");

	@Test
	void opensForTheKioskAndIdentityItWasSealedFor() {
		String wrapped = WrappedIrk.seal(KEY, 7, "42", IRK);

		assertThat(WrappedIrk.open(KEY, 7, "42", wrapped)).isEqualTo(IRK);
		assertThat(Base64.getDecoder().decode(wrapped)).hasSize(12 + 16 + 16);
		assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(wrapped))).doesNotContain("ec0234a357c8ad05");
		assertThat(WrappedIrk.seal(KEY, 7, "42", IRK)).as("a fresh nonce each time").isNotEqualTo(wrapped);
	}

	@Test
	void refusesAnotherKioskAnotherIdentityOrAnotherKey() {
		String wrapped = WrappedIrk.seal(KEY, 7, "42", IRK);
		byte[] otherKey = KEY.clone();
		otherKey[0] ^= 1;

		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.open(KEY, 8, "42", wrapped))
			.withMessage("The wrapped IRK of identity 42 does not open for kiosk 8 with its wrapping key");
		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.open(KEY, 7, "43", wrapped))
			.withMessageContaining("identity 43");
		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.open(otherKey, 7, "42", wrapped))
			.withMessageContaining("does not open for kiosk 7");
	}

	@Test
	void namesWhatIsWrongWithAMalformedValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.open(KEY, 7, "42", "not base64!"))
			.withMessageStartingWith("The wrapped IRK of identity 42 is not Base64");
		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.open(KEY, 7, "42", "AAAA"))
			.withMessage("The wrapped IRK of identity 42 is 3 bytes, not the 44 of a nonce, a key and a tag");
		assertThatIllegalArgumentException().isThrownBy(() -> WrappedIrk.seal(new byte[16], 7, "42", IRK))
			.withMessage("A wrapping key is 32 bytes (AES-256), got 16 bytes");
	}

}
