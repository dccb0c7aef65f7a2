package org.cloakroom.kiosk.enrolment;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeyStartupIT {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CipherOnly.class);

	@Test
	void startUpStopsWithOneSentenceThatSaysWhatToDoWhenTheKeyIsMissing() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("cloakroom.enrolment.identity-key is not set: it must be 32 random bytes in base64 "
						+ "(for example the output of `openssl rand -base64 32`), given as "
						+ "CLOAKROOM_ENROLMENT_IDENTITY_KEY (on a kiosk, in /etc/cloakroom/cloakroom.env); to try "
						+ "Cloakroom without one, start the simulation (--spring.profiles.active=simulation)");
			FailureAnalysis report = new IdentityKeyAnalyzer().analyze(context.getStartupFailure());
			assertThat(report).as("Spring Boot's report instead of a stack trace").isNotNull();
			assertThat(report.getDescription()).startsWith("cloakroom.enrolment.identity-key is not set: ")
				.endsWith("start the simulation (--spring.profiles.active=simulation)");
			assertThat(report.getAction()).as("the sentence says what to do").isNull();
		});
	}

	@Test
	void startUpStopsNamingThePropertyWhenTheKeyIsMalformed() {
		this.runner.withPropertyValues("cloakroom.enrolment.identity-key=c2hvcnQ=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("cloakroom.enrolment.identity-key decodes to 5 bytes, not the 32 of AES-256: ");
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
