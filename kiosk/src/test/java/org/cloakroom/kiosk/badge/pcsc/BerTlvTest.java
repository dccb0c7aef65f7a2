package org.cloakroom.kiosk.badge.pcsc;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cloakroom.kiosk.badge.pcsc.Der.hex;

class BerTlvTest {

	@Test
	void readsShortAndLongLengthsAndMultiByteTags() {
		byte[] value = new byte[300];
		value[299] = 7;
		byte[] bytes = Der.tlv(0x70, value);
		byte[] withTags = new byte[bytes.length + 8];
		System.arraycopy(bytes, 0, withTags, 0, bytes.length);
		System.arraycopy(hex("5FC1010100FE00"), 0, withTags, bytes.length, 7);

		List<BerTlv> all = BerTlv.all(Arrays.copyOf(withTags, bytes.length + 7), "the object");

		assertThat(all).containsExactly(new BerTlv(0x70, value), new BerTlv(0x5FC101, hex("00")),
				new BerTlv(0xFE, new byte[0]));
	}

	@Test
	void findsTheFirstWithATag() {
		assertThat(BerTlv.first(hex("7101007002AABB"), 0x70, "the object").value()).isEqualTo(hex("AABB"));
	}

	@Test
	void namesTheByteWhereAValueRunsPastTheEnd() {
		assertThatIllegalArgumentException().isThrownBy(() -> BerTlv.all(hex("710100700499"), "the object"))
			.withMessage("the object has a value longer than what is left at byte 3");
	}

	@Test
	void refusesIndefiniteAndOverlongLengths() {
		assertThatIllegalArgumentException().isThrownBy(() -> BerTlv.all(hex("308000"), "the otherName"))
			.withMessage("the otherName has an indefinite length at byte 1");
		assertThatIllegalArgumentException().isThrownBy(() -> BerTlv.all(hex("3084FFFFFFFF"), "the otherName"))
			.withMessage("the otherName has a length it cannot read at byte 1");
	}

	@Test
	void refusesATagThatDoesNotEnd() {
		assertThatIllegalArgumentException().isThrownBy(() -> BerTlv.all(hex("5FC1"), "the object"))
			.withMessage("the object has a tag that does not end at byte 0");
	}

	@Test
	void saysWhenTheTagIsMissing() {
		assertThatIllegalArgumentException().isThrownBy(() -> BerTlv.first(hex("710100"), 0x70, "the object"))
			.withMessage("the object has no tag 70");
	}

}
