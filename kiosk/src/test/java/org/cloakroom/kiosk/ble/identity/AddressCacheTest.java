package org.cloakroom.kiosk.ble.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressCacheTest {

	@Test
	void staysWithinItsCapacityAndKeepsTheRecentlyUsed() {
		AddressCache<String> cache = new AddressCache<>(64);
		for (long address = 0; address < 10_000; address++) {
			cache.put(address, "a" + address);
			assertThat(cache.get(address)).isEqualTo("a" + address);
		}
		assertThat(cache.size()).isLessThanOrEqualTo(cache.capacity()).isEqualTo(64);
	}

	@Test
	void replacesTheValueOfAKnownAddressAndForgetsOnClear() {
		AddressCache<String> cache = new AddressCache<>(8);
		cache.put(0x4A_0000_0001L, "first");
		cache.put(0x4A_0000_0001L, "second");
		assertThat(cache.get(0x4A_0000_0001L)).isEqualTo("second");
		assertThat(cache.size()).isEqualTo(1);
		cache.clear();
		assertThat(cache.get(0x4A_0000_0001L)).isNull();
	}

	@Test
	void aLongMapFindsEveryKeyItWasGivenAndNothingElse() {
		LongMap<String> map = new LongMap<>();
		for (long key = 0; key < 1000; key++) {
			map.put(key * 0x1_0001L, "v" + key);
		}
		for (long key = 0; key < 1000; key++) {
			assertThat(map.get(key * 0x1_0001L)).isEqualTo("v" + key);
		}
		assertThat(map.get(7)).isNull();
		assertThat(map.size()).isEqualTo(1000);
	}

}
