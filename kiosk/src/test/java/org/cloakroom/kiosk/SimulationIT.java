package org.cloakroom.kiosk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole program in the simulation: the simulated radio, Pi4J's mock
 * provider and the demo bank, with no background loops and a clock the test moves
 * ({@link MutableClock}, stepped with {@link SimulationTestSupport}). Give each test
 * class its own database ({@code spring.datasource.url}) so that no two share state. The
 * first admin is {@code admin} with {@link SignedIn#ADMIN_PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "cloakroom.scheduling.enabled=false",
		"cloakroom.locker.wiring-file=../firmware-config/lockers/demo.yaml", "cloakroom.security.pin.hash-strength=4",
		"cloakroom.security.signin.hash-strength=4", "cloakroom.secrets.dir=target/test-secrets",
		"CLOAKROOM_ADMIN_PASSWORD=" + SignedIn.ADMIN_PASSWORD })
@ActiveProfiles("simulation")
@Import(TestClockConfiguration.class)
public @interface SimulationIT {

	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

}
