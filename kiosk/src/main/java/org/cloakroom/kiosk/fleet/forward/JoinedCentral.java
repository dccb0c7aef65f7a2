package org.cloakroom.kiosk.fleet.forward;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches once the kiosk has joined central: {@code fleet.properties} is in the secrets
 * directory ({@code cloakroom.secrets.dir}). Read at start, so a kiosk that joins
 * forwards from its next start.
 */
public final class JoinedCentral implements Condition {

	private static final String SECRETS_DIR = "cloakroom.secrets.dir";

	private static final String DEFAULT_SECRETS_DIR = "/var/lib/cloakroom/secrets";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String dir = context.getEnvironment().getProperty(SECRETS_DIR, DEFAULT_SECRETS_DIR);
		return Files.isRegularFile(Path.of(dir).resolve(FleetSecrets.MEMBERSHIP));
	}

}
