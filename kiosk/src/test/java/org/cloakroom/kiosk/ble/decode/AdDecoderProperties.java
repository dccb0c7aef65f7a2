package org.cloakroom.kiosk.ble.decode;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloakroom.kiosk.ble.decode.AdDecoderTest.hex;

/**
 * Whatever arrives over the air, decoding returns, takes at most two loop steps per byte
 * (a counted invariant rather than a clock, so a slow machine cannot fail it and an
 * endless loop cannot pass it), and accounts for every part it skipped exactly once.
 */
class AdDecoderProperties {

	/** Valid advertisements of every kind the decoder reads. */
	static final List<byte[]> VALID = List.of(AdDecoderTest.IBEACON, AdDecoderTest.EDDYSTONE_UID,
			AdDecoderTest.NEARBY_INFO, EddystoneFramesTest.URL_EXAMPLE,
			hex("1116aafe" + "2000" + "0bb8" + "1880" + "000f4240" + "00008ca0"),
			hex("1eff4c00" + "0719" + "01" + "0f20" + "55".repeat(22)), hex("02010606162cfe" + "f52494"),
			hex("0aff0600" + "0108" + "2002" + "0000aa"), hex("0409" + "4b696f" + "020af4" + "050312182cfe"),
			hex("1107" + "fb349b5f80000080001000000d180000" + "0905" + "aabbccdd11223344"),
			hex("0fff4c00" + "0906" + "030012c0a801" + "1002" + "0b1c"));

	@Property(tries = 3000)
	void randomBytesNeverThrowAndStayWithinTheirStepBound(@ForAll @Size(max = 300) byte[] raw) {
		checkInvariants(raw);
	}

	@Property(tries = 3000)
	void mutatedValidFramesNeverThrowAndStayWithinTheirStepBound(@ForAll("mutatedFrames") byte[] raw) {
		checkInvariants(raw);
	}

	@Property(tries = 500)
	void validFramesInAnyOrderDecodeWithoutProblems(@ForAll @IntRange(max = 10) int first,
			@ForAll @IntRange(max = 10) int second) {
		byte[] a = VALID.get(first);
		byte[] b = VALID.get(second);
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		assertThat(AdDecoder.decode(both).problems()).isEmpty();
	}

	@Property(tries = 2000)
	void blueZMapsOfAnyBytesNeverThrow(@ForAll @Size(max = 40) byte[] apple, @ForAll @Size(max = 40) byte[] eddystone,
			@ForAll @Size(max = 40) byte[] fastPair, @ForAll @Size(max = 20) byte[] microsoft) {
		Map<UUID, byte[]> services = Map.of(BluetoothUuids.EDDYSTONE, eddystone, BluetoothUuids.FAST_PAIR, fastPair);
		AdFields fields = AdDecoder.fromMaps(null, Map.of(AdFields.APPLE, apple, 6, microsoft), services, List.of());
		assertThat(fields.problems()).allSatisfy((problem) -> assertThat(problem.offset()).isEqualTo(-1));
		assertThat(fields.toJson()).containsKey("kind");
	}

	private static void checkInvariants(byte[] raw) {
		AdFieldsBuilder walked = AdDecoder.walk(raw);
		assertThat(walked.steps).isLessThanOrEqualTo(2 * raw.length);
		AdFields fields = walked.build();
		assertThat(fields.malformed()).isBetween(0, raw.length);
		Map<Malformation, Integer> byKind = new EnumMap<>(Malformation.class);
		for (AdProblem problem : fields.problems()) {
			byKind.merge(problem.kind(), 1, Integer::sum);
			assertThat(problem.offset()).isBetween(0, raw.length - 1);
		}
		assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(fields.malformed());
		assertThat(fields.toJson()).containsEntry("malformed", fields.malformed());
	}

	@Provide
	Arbitrary<byte[]> mutatedFrames() {
		Arbitrary<byte[]> valid = Arbitraries.of(VALID);
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 60);
		return Combinators.combine(valid, position, position, Arbitraries.bytes(), Arbitraries.integers().between(0, 3))
			.as(AdDecoderProperties::mutate);
	}

	/** One of: cut, overwrite one byte, insert one byte, or a length byte off by one. */
	private static byte[] mutate(byte[] frame, int at, int cut, byte value, int how) {
		int where = at % frame.length;
		return switch (how) {
			case 0 -> Arrays.copyOf(frame, cut % (frame.length + 1));
			case 1 -> {
				byte[] copy = frame.clone();
				copy[where] = value;
				yield copy;
			}
			case 2 -> {
				byte[] longer = new byte[frame.length + 1];
				System.arraycopy(frame, 0, longer, 0, where);
				longer[where] = value;
				System.arraycopy(frame, where, longer, where + 1, frame.length - where);
				yield longer;
			}
			default -> {
				byte[] copy = frame.clone();
				copy[where] = (byte) (copy[where] + ((value & 1) == 0 ? 1 : -1));
				yield copy;
			}
		};
	}

}
