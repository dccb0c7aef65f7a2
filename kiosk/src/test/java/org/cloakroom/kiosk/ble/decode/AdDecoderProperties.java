package org.cloakroom.kiosk.ble.decode;

import java.util.Arrays;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever arrives over the air, decoding returns and only counts what it skipped. */
class AdDecoderProperties {

	@Property(tries = 2000)
	void randomBytesNeverThrow(@ForAll @Size(max = 64) byte[] raw) {
		AdFields fields = AdDecoder.decode(raw);
		assertThat(fields.malformed()).isBetween(0, raw.length);
	}

	@Property(tries = 2000)
	void mutatedValidFramesNeverThrow(@ForAll("mutatedFrames") byte[] raw) {
		AdFields fields = AdDecoder.decode(raw);
		assertThat(fields.malformed()).isNotNegative();
	}

	@Provide
	Arbitrary<byte[]> mutatedFrames() {
		Arbitrary<byte[]> valid = Arbitraries.of(AdDecoderTest.IBEACON, AdDecoderTest.EDDYSTONE_UID,
				AdDecoderTest.NEARBY_INFO);
		return valid.flatMap((frame) -> Arbitraries.integers()
			.between(0, frame.length - 1)
			.tuple3()
			.flatMap(
					(at) -> Arbitraries.bytes().map((value) -> mutate(frame, at.get1(), at.get2(), at.get3(), value))));
	}

	/** Cuts the frame at {@code cut} (if shorter) and overwrites one byte. */
	private static byte[] mutate(byte[] frame, int cut, int at, int keep, byte value) {
		byte[] mutated = Arrays.copyOf(frame, Math.max(1, Math.max(cut, keep)));
		mutated[at % mutated.length] = value;
		return mutated;
	}

}
