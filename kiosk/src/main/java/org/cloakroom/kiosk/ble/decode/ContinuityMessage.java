package org.cloakroom.kiosk.ble.decode;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One Apple Continuity message in manufacturer data 0x004C: its type, the name the
 * reverse-engineering literature gives it (furiousMAC's "continuity" dissectors, Celosia
 * and Cunche 2020), its data as hex, and the fields read from it (see
 * {@link ContinuityFields}; empty when the type has none the kiosk reads).
 */
public record ContinuityMessage(int type, String name, String data,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> fields) {

	public ContinuityMessage {
		fields = (fields == null) ? Map.of() : Collections.unmodifiableMap(fields);
	}

	static String nameOf(int type) {
		return ContinuityTables.typeName(type);
	}

}
