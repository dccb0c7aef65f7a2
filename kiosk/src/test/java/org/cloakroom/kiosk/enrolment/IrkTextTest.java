package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.RefusalAssertions.assertRefusal;

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
		assertRefusal(EnrolmentRefusal.class, () -> IrkText.parse("[LinkKey]\nKey=" + HEX))
			.contains("no [IdentityResolvingKey] section")
			.doesNotContain(HEX);
	}

	@Test
	void refusesASectionWithoutKey() {
		assertRefusal(EnrolmentRefusal.class, () -> IrkText.parse("[IdentityResolvingKey]\nType=1\n"))
			.contains("no Key=");
	}

	@Test
	void isStrictAboutTheKeyAndNeverRepeatsIt() {
		String[] bad = { HEX.substring(1), HEX + "0", HEX.substring(2) + "zz", "0x" + HEX,
				HEX.substring(0, 16) + " " + HEX.substring(16) };
		for (String key : bad) {
			assertRefusal(EnrolmentRefusal.class, () -> IrkText.parse("[IdentityResolvingKey]\nKey=" + key))
				.contains("line 2")
				.contains("exactly 32 hex digits")
				.doesNotContain(HEX.substring(2, 30));
		}
	}

	@Test
	void refusesTwoKeysInTheSection() {
		assertRefusal(EnrolmentRefusal.class,
				() -> IrkText.parse("[IdentityResolvingKey]\nKey=" + HEX + "\nKey=" + HEX))
			.contains("second Key on line 3");
	}

	@Test
	void refusesBlankAndBadHexWithoutEchoingIt() {
		assertRefusal(EnrolmentRefusal.class, () -> IrkText.parse(" ")).contains("required");
		assertRefusal(EnrolmentRefusal.class, () -> IrkText.parse(HEX.substring(1))).contains("32 hex digits")
			.doesNotContain(HEX.substring(1));
	}

}
