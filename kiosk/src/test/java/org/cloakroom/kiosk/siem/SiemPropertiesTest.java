package org.cloakroom.kiosk.siem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SiemPropertiesTest {

	@Test
	void isOffByDefaultWithTcpJsonAndTheDocumentedDefaults() {
		SiemProperties properties = bind(Map.of());

		assertThat(properties.enabled()).isFalse();
		assertThat(properties.transport()).isEqualTo(SiemProperties.Transport.TCP);
		assertThat(properties.format()).isEqualTo(SiemProperties.Format.JSON);
		assertThat(properties.appName()).isEqualTo("cloakroom");
		assertThat(properties.facility()).isEqualTo(13);
		assertThat(properties.batchSize()).isEqualTo(100);
		assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.maxRetryBackoff()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.backlogAgeLimit()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void bindsTheWordsTheReadmeUses() {
		SiemProperties properties = bind(Map.of("enabled", "true", "host", "siem.example", "port", "6514", "transport",
				"tls", "format", "cef", "trust-certificates", "/etc/cloakroom/siem-ca.pem"));

		assertThat(properties.transport()).isEqualTo(SiemProperties.Transport.TLS);
		assertThat(properties.format()).isEqualTo(SiemProperties.Format.CEF);
		assertThat(properties.trustCertificates()).isEqualTo(Path.of("/etc/cloakroom/siem-ca.pem"));
	}

	@Test
	void enabledNeedsAHostAndAPortAndSaysWhichIsMissing() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("enabled", "true", "port", "514")))
			.havingRootCause()
			.withMessage("cloakroom.siem.host is required when cloakroom.siem.enabled=true");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("enabled", "true", "host", "siem.example")))
			.havingRootCause()
			.withMessage("cloakroom.siem.port is required when cloakroom.siem.enabled=true");
	}

	@Test
	void refusesDurationsThatCannotWorkNamingTheProperty() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("retry-backoff", "0s")))
			.havingRootCause()
			.withMessageContaining("cloakroom.siem.retry-backoff must be positive");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("retry-backoff", "10m", "max-retry-backoff", "1m")))
			.havingRootCause()
			.withMessageContaining("cloakroom.siem.max-retry-backoff (PT1M) must be at least");
	}

	@Test
	void refusesTrustCertificatesThatWouldBeIgnored() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("transport", "udp", "trust-certificates", "/etc/ca.pem")))
			.havingRootCause()
			.withMessageContaining("cloakroom.siem.trust-certificates is set but cloakroom.siem.transport is UDP");
	}

	private static SiemProperties bind(Map<String, String> values) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put("cloakroom.siem." + key, value));
		return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("cloakroom.siem",
				SiemProperties.class);
	}

}
