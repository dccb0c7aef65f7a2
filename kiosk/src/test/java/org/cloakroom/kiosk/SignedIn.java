package org.cloakroom.kiosk;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The console user a test acts as, the way a real one would come: signed in with a role
 * (and the session's CSRF token, which every page sends), or, for a client of a running
 * server, HTTP Basic as the first admin that {@link SimulationIT} creates with
 * {@link #ADMIN_PASSWORD}.
 */
public final class SignedIn {

	/** The first admin's password in every {@link SimulationIT}. */
	public static final String ADMIN_PASSWORD = "first-admin-test-password";

	private SignedIn() {
	}

	public static RequestPostProcessor admin() {
		return as("dana", "ADMIN");
	}

	public static RequestPostProcessor officer() {
		return as("oscar", "OFFICER");
	}

	public static RequestPostProcessor auditor() {
		return as("aude", "AUDITOR");
	}

	/**
	 * An admin on the consoles' paths; nobody on the kiosk's, which the kiosk sends from
	 * loopback as these tests do.
	 */
	public static RequestPostProcessor adminUnlessKiosk(String path) {
		return isKiosk(path) ? (request) -> request : admin();
	}

	/** Whether the kiosk's own chain, not the consoles', answers this path. */
	public static boolean isKiosk(String path) {
		return path.equals("/simulation") || Stream
			.of("/kiosk", "/api/v1/kiosk/", "/api/v1/checkins", "/api/v1/collections", "/api/v1/simulation")
			.anyMatch(path::startsWith);
	}

	/** The Authorization header of the first admin over HTTP Basic. */
	public static String adminBasic() {
		return basic("admin", ADMIN_PASSWORD);
	}

	public static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor as(String username, String role) {
		RequestPostProcessor signedIn = user(username).roles(role);
		RequestPostProcessor token = csrf();
		return (request) -> token.postProcessRequest(signedIn.postProcessRequest(request));
	}

}
