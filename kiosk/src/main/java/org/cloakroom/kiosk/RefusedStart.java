package org.cloakroom.kiosk;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A start-up refused over the configuration, which a restart cannot fix: the program
 * exits with {@link #EXIT_CODE} (sysexits.h's EX_CONFIG) instead of 1, so that the
 * service unit can keep systemd from restarting it in a loop
 * ({@code RestartPreventExitStatus=78}). Only for refusals before the context is
 * refreshed: Spring Boot logs a stack trace when it publishes the exit code on a context
 * that failed mid-refresh.
 */
public interface RefusedStart extends ExitCodeGenerator {

	int EXIT_CODE = 78;

	@Override
	default int getExitCode() {
		return EXIT_CODE;
	}

}
