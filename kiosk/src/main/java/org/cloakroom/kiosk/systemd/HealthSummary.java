package org.cloakroom.kiosk.systemd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code /actuator/health} in one line for systemd's {@code STATUS=} (what
 * {@code systemctl status cloakroom} shows): "health UP", or each component that is not
 * UP with its reason, e.g. "ble DOWN: no adapter".
 */
final class HealthSummary implements Supplier<String> {

	/**
	 * The details that say why a component is not UP, in the order they are looked for.
	 */
	private static final List<String> REASONS = List.of("reason", "error", "problem", "transport", "verification");

	private static final int MAX_LENGTH = 400;

	private final HealthEndpoint endpoint;

	HealthSummary(HealthEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public String get() {
		return line(this.endpoint.health());
	}

	static String line(HealthDescriptor health) {
		List<String> notUp = new ArrayList<>();
		collect("", health, notUp);
		String line = notUp.isEmpty() ? "health " + health.getStatus() : String.join("; ", notUp);
		line = line.replaceAll("\\p{Cntrl}+", " ");
		return (line.length() > MAX_LENGTH) ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
	}

	private static void collect(String path, HealthDescriptor health, List<String> notUp) {
		if (health instanceof CompositeHealthDescriptor composite && composite.getComponents() != null) {
			composite.getComponents()
				.forEach((name, component) -> collect(path.isEmpty() ? name : path + "/" + name, component, notUp));
		}
		else if (!Status.UP.equals(health.getStatus())) {
			notUp.add((path.isEmpty() ? "health" : path) + " " + health.getStatus() + reason(health));
		}
	}

	private static String reason(HealthDescriptor health) {
		if (health instanceof IndicatedHealthDescriptor indicated && indicated.getDetails() != null) {
			Map<String, Object> details = indicated.getDetails();
			for (String key : REASONS) {
				if (details.get(key) instanceof String reason && !reason.isBlank()) {
					return ": " + reason;
				}
			}
		}
		return "";
	}

}
