package org.cloakroom.kiosk.fleet;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FleetPropertiesTest {

	@Test
	void hasTheDocumentedDefaults() {
		FleetProperties properties = bind(Map.of());

		assertThat(properties.batchSize()).isEqualTo(500);
		assertThat(properties.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.maxRetryBackoff()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.unreachableLimit()).isEqualTo(Duration.ofHours(1));
		assertThat(properties.pullInterval()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.configurationAgeLimit()).isEqualTo(Duration.ofHours(24));
		assertThat(properties.configurationHistory()).isEqualTo(Duration.ofDays(30));
		assertThat(violations(properties)).isEmpty();
	}

	@Test
	void refusesABatchLargerThanCentralTakes() {
		assertThat(violations(bind(Map.of("batch-size", "1001")))).singleElement().asString().contains("1000");
		assertThat(violations(bind(Map.of("batch-size", "1000")))).isEmpty();
	}

	@Test
	void refusesDurationsThatCannotWorkNamingTheProperty() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("heartbeat-interval", "0s")))
			.havingRootCause()
			.withMessageContaining("cloakroom.fleet.heartbeat-interval must be positive");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("retry-backoff", "1m", "max-retry-backoff", "10s")))
			.havingRootCause()
			.withMessageContaining("cloakroom.fleet.max-retry-backoff (PT10S) must be at least");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("pull-interval", "1h", "configuration-age-limit", "30m")))
			.havingRootCause()
			.withMessageContaining("cloakroom.fleet.configuration-age-limit (PT30M) must be longer than");
	}

	private static java.util.List<String> violations(FleetProperties properties) {
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			return validator.validate(properties)
				.stream()
				.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
				.toList();
		}
	}

	private static FleetProperties bind(Map<String, String> values) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put("cloakroom.fleet." + key, value));
		return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("cloakroom.fleet",
				FleetProperties.class);
	}

}
