package org.cloakroom.kiosk.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How console passwords are hashed: a delegating encoder whose stored hashes name their
 * algorithm ({@code {bcrypt}$2a$10$...}). New hashes are BCrypt at
 * {@code cloakroom.security.signin.hash-strength}; any other id Spring Security knows
 * ({@link PasswordEncoderFactories}) still matches, so a later move to another algorithm
 * upgrades hashes one sign-in at a time.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	static final String ENCODING = "bcrypt";

	@Bean
	PasswordEncoder consolePasswordEncoder(SignInProperties properties) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ENCODING,
				Map.of(ENCODING, new BCryptPasswordEncoder(properties.hashStrength())));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
