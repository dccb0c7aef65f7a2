package org.cloakroom.kiosk.ble;

import java.time.Duration;

import org.cloakroom.kiosk.ble.simulated.VirtualPhone;
import org.cloakroom.kiosk.ble.simulated.VirtualPosition;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class BleHealthIndicatorTest {

	private final SimulatedWorld world = new SimulatedWorld(1);

	private final BleScanner scanner = new BleScanner(this.world.radio, this.world.pipeline, this.world.clock);

	private final BleHealthIndicator indicator = new BleHealthIndicator(this.scanner, this.world.pipeline);

	@Test
	void isUpWithTheBackendAndCountersWhileScanning() {
		this.scanner.start();
		this.world.radio.place(new VirtualPhone("visitor", "iPhone", null, Duration.ofMillis(100), 0));
		this.world.radio.moveTo("visitor", VirtualPosition.AT_DOOR);
		this.world.run(Duration.ofSeconds(2));

		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("backend", "simulated")
			.containsEntry("devicesTracked", 1)
			.containsEntry("malformed", 0L)
			.containsKey("notPhones");
		assertThat((Long) health.getDetails().get("advertisements")).isGreaterThan(30L);
		// the simulated world places phones with its door and inside adapters
		assertThat(health.getDetails().get("adaptersHeard")).asList().contains("door");
		assertThat(health.getDetails()).containsKey("proximityLimits");
	}

	@Test
	void isDownWhenTheBackendIsNotScanning() {
		this.scanner.start();
		this.scanner.stop();
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.indicator.health().getDetails()).containsEntry("backend", "simulated");
	}

	@Test
	void stepsTheSimulatedRadioFromTheClockWhenTheScheduleTicks() {
		this.scanner.start();
		this.world.radio.place(new VirtualPhone("visitor", "iPhone", null, Duration.ofMillis(100), 0));
		this.scanner.tick();
		this.world.clock.advance(Duration.ofSeconds(1));
		this.scanner.tick();
		assertThat(this.world.pipeline.counters().advertisements.sum()).isGreaterThan(10L);
	}

}
