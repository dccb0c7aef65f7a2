package org.cloakroom.kiosk.ble;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
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

	/** Identities enrolled by the tests so far (the context and its radio are shared). */
	private static final List<EnrolledIdentity> ENROLLED = new CopyOnWriteArrayList<>();

	/**
	 * A phone id no test enrols or places: the radio is shared, so phone 8 may be
	 * advertising at the door when this class's tests run in another order.
	 */
	private static final long SILENT_PHONE = 99;

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
		enrol(new EnrolledIdentity(7, IRK));
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
		assertThat(this.presence.seenSince(SILENT_PHONE, moved)).isFalse();
		assertThat(events).contains(PhoneZoneChanged.class)
			.matching((changed) -> changed.phoneId() == 7 && changed.to() == Zone.AT_DOOR
					&& !changed.at().isBefore(moved) && !changed.at().isAfter(moved.plusSeconds(3)));
	}

	@Test
	void reportsAnUnenrolledPhoneAtTheDoorOnce(AssertablePublishedEvents events) {
		this.radio.place(new VirtualPhone("visitor", "Pixel 8", null, Duration.ofMillis(100), 0));
		this.radio.moveTo("visitor", VirtualPosition.AT_DOOR);
		run(Duration.ofSeconds(20));

		assertThat(events.ofType(UnenrolledPhoneArrived.class)).singleElement().satisfies((arrived) -> {
			assertThat(arrived.kind()).isEqualTo("Android");
			assertThat(this.presence.unenrolledPhonesIn(Zone.AT_DOOR)).extracting(UnenrolledPhoneSighting::deviceKey)
				.contains(arrived.deviceKey());
		});
	}

	@Test
	void recognisesAPhoneOnceEnrolmentSaysItsIdentitiesChanged() {
		IdentityResolvingKey irk = IdentityResolvingKey.parseHex("00112233445566778899aabbccddeeff");
		this.radio.place(new VirtualPhone("bob", "iPhone 12", irk, Duration.ofMillis(100), 0));
		this.radio.moveTo("bob", VirtualPosition.AT_DOOR);
		run(Duration.ofSeconds(4));
		assertThat(this.presence.sighting(8)).isEmpty();

		enrol(new EnrolledIdentity(8, irk));
		run(Duration.ofSeconds(4));

		assertThat(this.presence.sighting(8)).get().extracting(PhoneSighting::zone).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void showsBleInTheHealthEndpoint() {
		assertThat(this.mvc.get().uri("/actuator/health/ble").with(SignedIn.auditor())).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> assertThat(json.getJson()).contains("\"UP\"").contains("\"simulated\""));
	}

	@Test
	void bindsTheDocumentedProximityDefaults() {
		assertThat(this.properties.proximity()).isEqualTo(ProximityProperties.defaults());
		assertThat(this.properties.simulated().addressRotation()).isEqualTo(Duration.ofMinutes(15));
	}

	/** What enrolment does: store the identity, then say that identities changed. */
	private void enrol(EnrolledIdentity identity) {
		ENROLLED.add(identity);
		given(this.enrolledIdentities.all()).willAnswer((invocation) -> List.copyOf(ENROLLED));
		this.publisher.publishEvent(new EnrolledIdentitiesChanged());
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
