package org.cloakroom.kiosk.enrolment;

import java.time.Instant;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.Presence;
import org.cloakroom.kiosk.security.PinAttempts;
import org.cloakroom.kiosk.security.PinHasher;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * Boots only the enrolment module on a private in-memory H2, with the security module's
 * PIN beans mocked (a real BCrypt behind the hasher, so hashes round-trip), the BLE
 * module's presence mocked (what the adapters heard, for calibration) and a clock the
 * tests move. Every test starts from empty enrolment tables.
 */
@ApplicationModuleTest
@Import(EnrolmentModuleSupport.TestClock.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:enrolment-${random.uuid};DB_CLOSE_DELAY=-1",
		"cloakroom.scheduling.enabled=false", "cloakroom.enrolment.identity-key=" + EnrolmentModuleSupport.KEY })
abstract class EnrolmentModuleSupport {

	/** 32 bytes 0x00..0x1f in base64: a test key, never a real one. */
	static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	static final String START = "2026-03-01T08:00:00Z";

	private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

	@MockitoBean
	PinHasher pinHasher;

	@MockitoBean
	PinAttempts pinAttempts;

	/** The BLE module's presence: what a test says the adapters heard. */
	@MockitoBean
	Presence presence;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyTablesAndRealHashing() {
		for (String table : new String[] { "calibration_sample", "app_inventory_item", "app_inventory", "ble_identity",
				"phone", "employee" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		this.clock.set(Instant.parse(START));
		given(this.pinHasher.hash(anyString())).willAnswer((call) -> BCRYPT.encode(call.getArgument(0, String.class)));
		given(this.pinHasher.matches(anyString(), anyString()))
			.willAnswer((call) -> BCRYPT.matches(call.getArgument(0, String.class), call.getArgument(1, String.class)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return MutableClock.startingAt(START);
		}

		/**
		 * The BLE module's settings as configured by default (the reference level and
		 * adapter offsets calibration reads); the module test boots no BLE module.
		 */
		@Bean
		BleProperties bleProperties(Environment environment) {
			return Binder.get(environment).bindOrCreate("cloakroom.ble", BleProperties.class);
		}

	}

}
