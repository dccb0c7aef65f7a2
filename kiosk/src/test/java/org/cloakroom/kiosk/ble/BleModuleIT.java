package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.cloakroom.kiosk.ble.simulated.VirtualRadio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The BLE module alone, on the simulated backend, with time moved by hand. The context
 * (and so the radio and its phones) is shared by the tests, so each uses its own phone.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "cloakroom.ble.backend=simulated", "cloakroom.scheduling.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1" })
class BleModuleIT {

	private static final IdentityResolvingKey IRK = IdentityResolvingKey.parseHex("ec0234a357c8ad05341010a60a397d9b");

	@MockitoBean
	EnrolledIdentities enrolledIdentities;

	@Autowired
	VirtualRadio radio;

	@Autowired
	Presence presence;

	@Autowired
	MutableClock clock;

	@Autowired
	BleProperties properties;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Test
	void placesAnEnrolledPhoneWalkedToTheDoorAtTheDoorAndPublishesTheChange(AssertablePublishedEvents events) {
		given(this.enrolledIdentities.all()).willReturn(List.of(new EnrolledIdentity(7, IRK)));
		this.publisher.publishEvent(new EnrolledIdentitiesChanged());
		this.radio.place(new VirtualPhone("ada", "iPhone 15", IRK, Duration.ofMillis(100), 0));
		run(Duration.ofSeconds(5));
		assertThat(this.presence.sighting(7)).get().extracting(PhoneSighting::zone).isEqualTo(Zone.AWAY);

		this.radio.moveTo("ada", VirtualPosition.AT_DOOR);
		Instant moved = this.clock.instant();
		run(Duration.ofSeconds(3));

		assertThat(this.presence.sighting(7)).get().satisfies((sighting) -> {
			assertThat(sighting.zone()).isEqualTo(Zone.AT_DOOR);
			assertThat(sighting.lastSeen()).isAfter(moved);
		});
		assertThat(this.presence.seenSince(7, moved)).isTrue();
		assertThat(this.presence.seenSince(8, moved)).isFalse();
		assertThat(events).contains(PhoneZoneChanged.class)
			.matching((changed) -> changed.phoneId() == 7 && changed.to() == Zone.AT_DOOR
					&& !changed.at().isBefore(moved) && !changed.at().isAfter(moved.plusSeconds(3)));
	}

	@Test
	void reportsAnUnenrolledPhoneAtTheDoorOnce(AssertablePublishedEvents events) {
		given(this.enrolledIdentities.all()).willReturn(List.of());
		this.radio.place(new VirtualPhone("visitor", "Pixel 8", null, Duration.ofMillis(100), 0));
		this.radio.moveTo("visitor", VirtualPosition.AT_DOOR);
		run(Duration.ofSeconds(20));

		assertThat(events.ofType(UnenrolledPhoneArrived.class)).hasSize(1);
		assertThat(this.presence.unenrolledPhonesIn(Zone.AT_DOOR)).singleElement()
			.satisfies((seen) -> assertThat(seen.kind()).isEqualTo("Android"));
	}

	@Test
	void showsBleInTheHealthEndpoint() {
		assertThat(this.mvc.get().uri("/actuator/health/ble")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> assertThat(json.getJson()).contains("\"UP\"").contains("\"simulated\""));
	}

	@Test
	void bindsTheDocumentedProximityDefaults() {
		assertThat(this.properties.proximity()).isEqualTo(ProximityProperties.defaults());
		assertThat(this.properties.simulated().addressRotation()).isEqualTo(Duration.ofMinutes(15));
	}

	private void run(Duration duration) {
		Instant end = this.clock.instant().plus(duration);
		while (this.clock.instant().isBefore(end)) {
			this.clock.advance(Duration.ofMillis(200));
			this.radio.step(this.clock.instant());
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt("2026-11-22T09:00:00Z");
		}

	}

}
