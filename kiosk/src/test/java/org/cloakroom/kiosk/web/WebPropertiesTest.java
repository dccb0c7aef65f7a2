package org.cloakroom.kiosk.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Trusted origins are origins, written the way browsers send them. */
class WebPropertiesTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class);

	@Test
	void noneAreTrustedByDefaultAndListedOnesAreNormalised() {
		this.runner.run((context) -> assertThat(context.getBean(WebProperties.class).trustedOrigins()).isEmpty());
		this.runner.withPropertyValues("cloakroom.web.trusted-origins=HTTPS://Console.Example:443,http://pi.local:8080")
			.run((context) -> assertThat(context.getBean(WebProperties.class).trustedOrigins())
				.containsExactly("https://console.example", "http://pi.local:8080"));
	}

	@Test
	void anAddressWithAPathIsNotAnOriginAndStopsStartUp() {
		this.runner.withPropertyValues("cloakroom.web.trusted-origins=https://console.example/admin")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("trustedOrigins")
				.hasMessageContaining("must be an origin"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebProperties.class)
	static class Properties {

	}

}
