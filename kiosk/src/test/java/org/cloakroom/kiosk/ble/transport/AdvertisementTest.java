package org.cloakroom.kiosk.ble.transport;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cloakroom.kiosk.ble.BleAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdvertisementTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private static final BleAddress ADDRESS = BleAddress.parse("70:81:94:0D:FB:AA");

	@Test
	void copiesItsBytesInAndOut() {
		byte[] raw = { 0x02, 0x01, 0x06 };
		byte[] payload = { 0x10, 0x05 };
		Map<Integer, byte[]> manufacturerData = new HashMap<>(Map.of(0x004C, payload));
		Advertisement advertisement = new Advertisement(NOW, "door", ADDRESS, AddressType.RANDOM, -60, null,
				manufacturerData, Map.of(), List.of(), raw);
		raw[0] = 0;
		payload[0] = 0;
		manufacturerData.clear();
		advertisement.rawAd()[1] = 0;
		advertisement.manufacturerData().get(0x004C)[1] = 0;

		assertThat(advertisement.rawAd()).containsExactly(0x02, 0x01, 0x06);
		assertThat(advertisement.manufacturerData().get(0x004C)).containsExactly(0x10, 0x05);
	}

	@Test
	void comparesBytesByContentAndShowsThemInHex() {
		UUID eddystone = UUID.fromString("0000feaa-0000-1000-8000-00805f9b34fb");
		Advertisement one = new Advertisement(NOW, "door", ADDRESS, AddressType.RANDOM, -60, -12,
				Map.of(0x004C, new byte[] { 0x10, 0x05 }), Map.of(eddystone, new byte[] { 0x00 }), List.of(eddystone),
				null);
		Advertisement same = new Advertisement(NOW, "door", ADDRESS, AddressType.RANDOM, -60, -12,
				Map.of(0x004C, new byte[] { 0x10, 0x05 }), Map.of(eddystone, new byte[] { 0x00 }), List.of(eddystone),
				null);

		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
		assertThat(one).isNotEqualTo(Advertisement.ofRaw(NOW, "door", ADDRESS, AddressType.RANDOM, -60, new byte[0]));
		assertThat(one.toString()).contains("76=1005").contains("rawAd=unknown");
	}

	@Test
	void namesTheMissingAdapter() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Advertisement.ofRaw(NOW, " ", ADDRESS, AddressType.PUBLIC, -60, new byte[0]))
			.withMessageContaining("adapter");
	}

}
