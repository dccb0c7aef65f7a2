package org.cloakroom.kiosk.ble.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.DeviceKind;
import org.cloakroom.kiosk.ble.identity.Ah;
import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualPhoneState;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatedRadioTest {

	private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

	private static final IdentityResolvingKey IRK = IdentityResolvingKey.parseHex("ec0234a357c8ad05341010a60a397d9b");

	private final SimulatedRadio radio = new SimulatedRadio(1, Duration.ofMinutes(15), "door", "inside");

	private final List<Advertisement> heard = new ArrayList<>();

	SimulatedRadioTest() {
		this.radio.start(new AdvertisementSink() {

			@Override
			public void accept(Advertisement advertisement) {
				SimulatedRadioTest.this.heard.add(advertisement);
			}

			@Override
			public void advanceTo(Instant now) {
			}

		});
	}

	@Test
	void advertisesAtItsIntervalPlusAdvDelayInTimeOrderToBothAdapters() {
		this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ofMillis(100), 0));
		this.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		for (int step = 0; step <= 50; step++) {
			this.radio.step(T0.plusMillis(200L * step));
		}

		assertThat(this.heard).extracting(Advertisement::adapter).containsOnly("door", "inside");
		long events = this.heard.stream().map(Advertisement::time).distinct().count();
		assertThat(events).isBetween(10_000 / 110L, 10_000 / 100L + 1);
		assertThat(this.heard).extracting(Advertisement::time).isSorted();
	}

	@Test
	void sendsResolvablePrivateAddressesMadeWithTheIrk() {
		this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ofMillis(100), 0));
		this.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		this.radio.step(T0);
		this.radio.step(T0.plusSeconds(1));

		assertThat(this.heard).isNotEmpty().allSatisfy((advertisement) -> {
			assertThat(advertisement.addressType()).isEqualTo(AddressType.RANDOM);
			assertThat(new Ah(IRK).resolves(advertisement.address())).isTrue();
			assertThat(AdDecoder.decode(advertisement).hasContinuityType(0x10)).isTrue();
		});
	}

	@Test
	void sendsAnAndroidsNearbyFrameFromANonResolvableAddress() {
		this.radio.place(new VirtualPhone("visitor", "Pixel", null, Duration.ofMillis(100), 0));
		this.radio.moveTo("visitor", VirtualPosition.NEAR);
		this.radio.step(T0);
		this.radio.step(T0.plusSeconds(1));

		assertThat(this.heard).isNotEmpty().allSatisfy((advertisement) -> {
			assertThat(advertisement.address().value() >>> 46).isZero();
			assertThat(AdDecoder.decode(advertisement).kind()).isEqualTo(DeviceKind.ANDROID_PHONE);
		});
	}

	@Test
	void dropsPacketsBelowTheSensitivity() {
		this.radio.place(new VirtualPhone("far", "iPhone", null, Duration.ofMillis(100), -20));
		this.radio.step(T0);
		this.radio.step(T0.plusSeconds(60));

		assertThat(this.heard).extracting(Advertisement::rssi).allMatch((rssi) -> rssi >= -100);
		assertThat(this.heard).extracting(Advertisement::adapter).doesNotContain("inside");
	}

	@Test
	void aQuietPhoneSendsNothingUntilWoken() {
		this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ofMillis(100), 0));
		this.radio.setQuiet("ada", true);
		this.radio.step(T0);
		this.radio.step(T0.plusSeconds(5));
		assertThat(this.heard).isEmpty();
		assertThat(this.radio.phones()).extracting(VirtualPhoneState::quiet).containsExactly(true);

		this.radio.setQuiet("ada", false);
		this.radio.step(T0.plusSeconds(6));
		assertThat(this.heard).isNotEmpty()
			.allMatch((advertisement) -> advertisement.time().isAfter(T0.plusSeconds(5)));
	}

	@Test
	void catchesUpOnlyTheLastSecondsAfterALongPause() {
		this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ofMillis(100), 0));
		this.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		this.radio.step(T0);
		this.radio.step(T0.plusSeconds(3600));

		assertThat(this.heard).extracting(Advertisement::time)
			.allMatch((time) -> time.equals(T0) || !time.isBefore(T0.plusSeconds(3595)));
	}

	@Test
	void namesAnUnknownPhoneAndABadInterval() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.radio.moveTo("nobody", VirtualPosition.AT_DOOR))
			.withMessageContaining("nobody");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ZERO, 0)))
			.withMessageContaining("ada")
			.withMessageContaining("interval");
	}

	@Test
	void letsTheControlPanelMovePhonesWhileTheSchedulerSteps() throws Exception {
		this.radio.place(new VirtualPhone("ada", "iPhone", IRK, Duration.ofMillis(20), 0));
		ExecutorService panel = Executors.newSingleThreadExecutor();
		try {
			Future<?> moves = panel.submit(() -> {
				for (int i = 0; i < 20_000; i++) {
					this.radio.moveTo("ada", VirtualPosition.values()[i % 5]);
					this.radio.setQuiet("ada", i % 7 == 0);
					this.radio.place(new VirtualPhone("p" + (i % 50), "Pixel", null, Duration.ofMillis(100), 0));
					this.radio.phones();
				}
			});
			Instant now = T0;
			while (!moves.isDone()) {
				now = now.plusMillis(200);
				this.radio.step(now);
			}
			moves.get(10, TimeUnit.SECONDS);
		}
		finally {
			panel.shutdownNow();
		}
		assertThat(this.radio.phones()).hasSize(51);
	}

}
