package org.cloakroom.kiosk.systemd;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.DefaultHealthContributorRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The health line for systemd's STATUS=, read from a real health endpoint. */
class HealthSummaryTest {

	@Test
	void saysHealthUpWhenEveryComponentIsUp() {
		assertThat(summary(Map.of("db", Health.up().withDetail("database", "H2").build())).get())
			.isEqualTo("health UP");
	}

	@Test
	void namesEachComponentThatIsNotUpWithItsReason() {
		String line = summary(Map.of("ble",
				Health.down().withDetail("backend", "auto").withDetail("transport", "no adapter").build(), "db",
				Health.up().build(), "gpio", Health.down().withDetail("reason", "Pi4J context is shut down").build(),
				"siem", Health.status(new Status("DEGRADED")).build()))
			.get();

		assertThat(line).isEqualTo("ble DOWN: no adapter; gpio DOWN: Pi4J context is shut down; siem DEGRADED");
	}

	@Test
	void staysOneLine() {
		assertThat(summary(Map.of("ble", Health.down().withDetail("reason", "line one\nline two").build())).get())
			.isEqualTo("ble DOWN: line one line two");
	}

	private static HealthSummary summary(Map<String, Health> components) {
		DefaultHealthContributorRegistry registry = new DefaultHealthContributorRegistry();
		components.forEach((name, health) -> registry.registerContributor(name, (HealthIndicator) () -> health));
		HealthEndpointGroup primary = mock(HealthEndpointGroup.class);
		when(primary.isMember(anyString())).thenReturn(true);
		when(primary.showComponents(any())).thenReturn(true);
		when(primary.showDetails(any())).thenReturn(true);
		when(primary.getStatusAggregator()).thenReturn(StatusAggregator.getDefault());
		return new HealthSummary(
				new HealthEndpoint(registry, null, HealthEndpointGroups.of(primary, Map.of()), Duration.ZERO));
	}

}
