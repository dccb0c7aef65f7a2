package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IrkTextTest {

	private static final String HEX = "ec0234a357c8ad05341010a60a397d9b";

	private static final IdentityResolvingKey IRK = IdentityResolvingKey.parseHex(HEX);

	@Test
	void readsThirtyTwoHexDigits() {
		assertThat(IrkText.parse(HEX.toUpperCase())).isEqualTo(IRK);
		assertThat(IrkText.parse("  " + HEX + "\n")).isEqualTo(IRK);
	}

	@Test
	void readsBlueZsSectionAsBlueZWritesIt() {
		assertThat(IrkText.parse("[IdentityResolvingKey]\nKey=" + HEX.toUpperCase() + "\n")).isEqualTo(IRK);
	}

	@Test
	void readsTheSectionLenientlyAboutWhitespaceCaseAndLineEndings() {
		assertThat(IrkText.parse("\r\n  [ identityresolvingkey ]  \r\n\r\n   key =  " + HEX + "  \r\n")).isEqualTo(IRK);
	}

	@Test
	void findsTheSectionInAWholeInfoFile() {
		String info = """
				[General]
				Name=Pixel 8
				AddressType=public

				[LinkKey]
				Key=00112233445566778899AABBCCDDEEFF
				Type=4

				[IdentityResolvingKey]
				Key=%s

				[LocalSignatureKey]
				Key=FFEEDDCCBBAA99887766554433221100
				""".formatted(HEX.toUpperCase());

		assertThat(IrkText.parse(info)).isEqualTo(IRK);
	}

	@Test
	void refusesTextWithoutTheSection() {
		assertThatIllegalArgumentException().isThrownBy(() -> IrkText.parse("[LinkKey]\nKey=" + HEX))
			.withMessageContaining("no [IdentityResolvingKey] section")
			.withMessageNotContaining(HEX);
	}

	@Test
	void refusesASectionWithoutKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> IrkText.parse("[IdentityResolvingKey]\nType=1\n"))
			.withMessageContaining("no Key=");
	}

	@Test
	void isStrictAboutTheKeyAndNeverRepeatsIt() {
		String[] bad = { HEX.substring(1), HEX + "0", HEX.substring(2) + "zz", "0x" + HEX,
				HEX.substring(0, 16) + " " + HEX.substring(16) };
		for (String key : bad) {
			assertThatIllegalArgumentException().isThrownBy(() -> IrkText.parse("[IdentityResolvingKey]\nKey=" + key))
				.withMessageContaining("line 2")
				.withMessageContaining("exactly 32 hex digits")
				.withMessageNotContaining(HEX.substring(2, 30));
		}
	}

	@Test
	void refusesTwoKeysInTheSection() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IrkText.parse("[IdentityResolvingKey]\nKey=" + HEX + "\nKey=" + HEX))
			.withMessageContaining("second Key on line 3");
	}

	@Test
	void refusesBlankAndBadHexWithoutEchoingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> IrkText.parse(" ")).withMessageContaining("required");
		assertThatIllegalArgumentException().isThrownBy(() -> IrkText.parse(HEX.substring(1)))
			.withMessageContaining("32 hex digits")
			.withMessageNotContaining(HEX.substring(1));
	}

}
