package org.cloakroom.kiosk.enrollment;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeyStartupIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CipherOnly.class);

	@Test
	void startUpStopsNamingThePropertyWhenTheKeyIsMissing() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("cloakroom.enrollment.identity-key is not set");
		});
	}

	@Test
	void startUpStopsNamingThePropertyWhenTheKeyIsMalformed() {
		this.runner.withPropertyValues("cloakroom.enrollment.identity-key=c2hvcnQ=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("cloakroom.enrollment.identity-key must decode to 32 bytes (AES-256), got 5");
		});
	}

	@Test
	void startsWithAWellFormedKey() {
		this.runner.withPropertyValues("cloakroom.enrollment.identity-key=" + EnrollmentModuleSupport.KEY)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(IdentityCipher.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EnrollmentProperties.class)
	@Import(IdentityCipher.class)
	static class CipherOnly {

	}

}
