package org.cloakroom.kiosk.cli.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running kiosk's {@code /actuator/health}, asked when the database is in use: its
 * status is what anybody may read (the components need a signed-in user).
 */
record KioskHealth(URI uri) {

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	Finding judge(String check, Path database) {
		String fix = "see: journalctl -u cloakroom -n 50, and " + this.uri + " signed in as an admin";
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(5))
				.build()
				.send(HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString());
			Matcher status = STATUS.matcher(response.body());
			String said = status.find() ? status.group(1) : "HTTP " + response.statusCode();
			if ("UP".equals(said)) {
				return Finding.ok(check, database + " in use by the running kiosk, whose health is UP");
			}
			return Finding.fail(check, database + " in use by the kiosk, whose health is " + said, fix);
		}
		catch (IOException ex) {
			return Finding.fail(check,
					database + " is in use, but " + this.uri + " does not answer (" + ex.getMessage() + ")",
					"see: systemctl status cloakroom; journalctl -u cloakroom -n 50");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Finding.fail(check, "interrupted while asking " + this.uri, fix);
		}
	}

}
