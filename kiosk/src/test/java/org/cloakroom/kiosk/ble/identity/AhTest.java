package org.cloakroom.kiosk.ble.identity;

import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Core Specification v5.x, Vol 3, Part H, Appendix D.7 ("ah Random Address Hash
 * function"): IRK ec0234a357c8ad05341010a60a397d9b, prand 708194, r' =
 * 00000000000000000000000000708194, AES-128 = 159d5fb72ebe2311a48c1bdcc40dfbaa, ah =
 * 0dfbaa. All values are written most significant octet first.
 */
class AhTest {

	private static final IdentityResolvingKey SAMPLE_IRK = IdentityResolvingKey
		.parseHex("ec0234a357c8ad05341010a60a397d9b");

	@Test
	void aesOfThePaddedPrandMatchesTheSpecificationWithKeyAndBlockMostSignificantOctetFirst() throws Exception {
		Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
		aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SAMPLE_IRK.key(), "AES"));
		byte[] encrypted = aes.doFinal(HexFormat.of().parseHex("00000000000000000000000000708194"));
		assertThat(HexFormat.of().formatHex(encrypted)).isEqualTo("159d5fb72ebe2311a48c1bdcc40dfbaa");
	}

	@Test
	void hashesTheSpecificationsSamplePrand() {
		assertThat(new Ah(SAMPLE_IRK).hash(0x708194)).isEqualTo(0x0dfbaa);
	}

	@Test
	void resolvesTheAddressMadeOfPrandAndHash() {
		assertThat(new Ah(SAMPLE_IRK).resolves(BleAddress.parse("70:81:94:0D:FB:AA"))).isTrue();
	}

	@Test
	void doesNotResolveAnAddressWithOneBitChangedOrUnderAnotherKey() {
		assertThat(new Ah(SAMPLE_IRK).resolves(BleAddress.parse("70:81:94:0D:FB:AB"))).isFalse();
		assertThat(new Ah(SAMPLE_IRK).resolves(BleAddress.parse("70:81:95:0D:FB:AA"))).isFalse();
		IdentityResolvingKey other = IdentityResolvingKey.parseHex("00112233445566778899aabbccddeeff");
		assertThat(new Ah(other).resolves(BleAddress.parse("70:81:94:0D:FB:AA"))).isFalse();
	}

	@Test
	void doesNotResolveAnAddressWhoseTopBitsAreNotZeroOne() {
		int hash = new Ah(SAMPLE_IRK).hash(0xF08194);
		BleAddress staticRandom = new BleAddress((0xF08194L << 24) | hash);
		assertThat(new Ah(SAMPLE_IRK).resolves(staticRandom)).isFalse();
	}

	@Test
	void makesResolvablePrivateAddressesItResolves() {
		Ah ah = new Ah(SAMPLE_IRK);
		BleAddress address = ah.resolvablePrivateAddress(0x308194);
		assertThat(address.isResolvablePrivate()).isTrue();
		assertThat(address).isEqualTo(BleAddress.parse("70:81:94:0D:FB:AA"));
		assertThat(ah.resolves(ah.resolvablePrivateAddress(0x123456))).isTrue();
	}

	@Test
	void refusesARandomPartOfAllOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Ah(SAMPLE_IRK).resolvablePrivateAddress(0x3FFFFF))
			.withMessageContaining("prand");
	}

}
