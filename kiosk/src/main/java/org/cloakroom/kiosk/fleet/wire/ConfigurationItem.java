package org.cloakroom.kiosk.fleet.wire;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One thing of a configuration: its kind ({@link #KINDS}), its key within the kind, and
 * {@code put} with its value or {@code remove}.
 */
public record ConfigurationItem(String kind, String key, String op, JsonNode value) {

	public static final List<String> KINDS = List.of("employee", "phone", "identity", "flagged-app", "policy",
			"exemption");

	public static final String PUT = "put";

	public static final String REMOVE = "remove";

}
