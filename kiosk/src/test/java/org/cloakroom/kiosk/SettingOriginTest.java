package org.cloakroom.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a setting came from, in the words the refusals use. */
class SettingOriginTest {

	@Test
	void namesTheCommandLine() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("--cloakroom.locker.gpio-provider=mock"));
		assertThat(SettingOrigin.of(environment, "cloakroom.locker.gpio-provider")).isEqualTo(new SettingOrigin(
				"set on the command line",
				"Change --cloakroom.locker.gpio-provider on the command line (on a kiosk, ExecStart in cloakroom.service)"));
	}

	@Test
	void namesTheJarsOwnDefaultAndSaysToOverrideItInEtc() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, List.of("kiosk"));
		List<String> yaml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.toList();
		int line = yaml.lastIndexOf("    wiring-file: /etc/cloakroom/lockers.yaml") + 1;
		assertThat(SettingOrigin.of(environment, "cloakroom.locker.wiring-file")).isEqualTo(new SettingOrigin(
				"the jar's default in its application.yml line " + line,
				"Set cloakroom.locker.wiring-file in /etc/cloakroom/application.yml, then: sudo systemctl restart cloakroom"));
	}

	@Test
	void saysSoWhenNothingSetsIt() {
		assertThat(SettingOrigin.of(new StandardEnvironment(), "cloakroom.doctor.health").where())
			.isEqualTo("its default");
	}

}
