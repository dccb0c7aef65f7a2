package org.cloakroom.kiosk.badge.pcsc;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FascnTest {

	@Test
	void readsAgencySystemAndCredentialNumber() {
		Fascn fascn = Fascn.decode(FascnCodes.encode("0032", "0001", "123456"));

		assertThat(fascn).isEqualTo(new Fascn("0032", "0001", "123456"));
		assertThat(fascn.badgeId()).isEqualTo("00320001123456");
		assertThat(fascn.placeholder()).isFalse();
	}

	@Test
	void readsThePublishedAllNinesFascnOfAPivICardAsAPlaceholder() {
		// The FASC-N that PIV-I cards carry (SP 800-73-4 part 1, 3.3.2): agency 9999.
		byte[] published = HexFormat.of().parseHex("D4E739DA739CED39CE739D836858210842108421C84210C3EB");

		Fascn fascn = Fascn.decode(published);

		assertThat(fascn).isEqualTo(new Fascn("9999", "9999", "999999"));
		assertThat(fascn.placeholder()).isTrue();
	}

	@Test
	void refusesAWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> Fascn.decode(new byte[24]))
			.withMessage("a FASC-N has 25 bytes, not 24");
	}

	@Test
	void namesTheCharacterWhoseParityFails() {
		byte[] bytes = FascnCodes.encode("0032", "0001", "123456");
		bytes[1] ^= 0x20; // bit 10: the first bit of character 2

		assertThatIllegalArgumentException().isThrownBy(() -> Fascn.decode(bytes))
			.withMessage("FASC-N character 2 fails its parity bit");
	}

	@Test
	void refusesAWrongCheckCharacter() {
		int[] characters = new int[40];
		byte[] good = FascnCodes.encode("0032", "0001", "123456");
		for (int i = 0; i < 40; i++) {
			characters[i] = nibble(good, i);
		}
		characters[39] ^= 0x3;

		assertThatIllegalArgumentException().isThrownBy(() -> Fascn.decode(FascnCodes.pack(characters)))
			.withMessage("FASC-N character 39 is not the check character");
	}

	@Test
	void refusesAMissingSeparator() {
		int[] characters = new int[40];
		byte[] good = FascnCodes.encode("0032", "0001", "123456");
		for (int i = 0; i < 40; i++) {
			characters[i] = nibble(good, i);
		}
		characters[10] = 1;

		assertThatIllegalArgumentException().isThrownBy(() -> Fascn.decode(FascnCodes.pack(characters)))
			.withMessage("FASC-N character 10 is not a field separator");
	}

	private static int nibble(byte[] bytes, int index) {
		int value = 0;
		for (int bit = 0; bit < 4; bit++) {
			int position = index * 5 + bit;
			value |= ((bytes[position / 8] >>> (7 - position % 8)) & 1) << bit;
		}
		return value;
	}

}
