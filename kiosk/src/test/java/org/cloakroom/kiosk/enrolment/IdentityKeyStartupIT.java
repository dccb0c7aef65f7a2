package org.cloakroom.kiosk.enrolment;

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
				.hasMessageStartingWith("cloakroom.enrolment.identity-key is not set");
		});
	}

	@Test
	void startUpStopsNamingThePropertyWhenTheKeyIsMalformed() {
		this.runner.withPropertyValues("cloakroom.enrolment.identity-key=c2hvcnQ=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("cloakroom.enrolment.identity-key must decode to 32 bytes (AES-256), got 5");
		});
	}

	@Test
	void startsWithAWellFormedKey() {
		this.runner.withPropertyValues("cloakroom.enrolment.identity-key=" + EnrolmentModuleSupport.KEY)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(IdentityCipher.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EnrolmentProperties.class)
	@Import(IdentityCipher.class)
	static class CipherOnly {

	}

}
