package org.cloakroom.kiosk.fleet.pull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.CentralManagement;
import org.cloakroom.kiosk.DoorHome;

import org.springframework.stereotype.Component;

/**
 * How old the kiosk's copy of central's configuration is: the time since central last
 * confirmed the version it applied (by sending it, or by saying it is still current). A
 * kiosk that applied one is centrally managed ({@link CentralManagement}). The
 * {@code fleet} health reads it.
 */
@Component
@DoorHome
public class ConfigurationAge implements CentralManagement {

	private final FleetConfigurationTable table;

	private final Clock clock;

	ConfigurationAge(FleetConfigurationTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	/** The copy's age; empty when the kiosk never applied a configuration. */
	public Optional<Duration> age() {
		return checkedAt().map((checked) -> Duration.between(checked, this.clock.instant()));
	}

	/** The configuration version applied, if any. */
	public Optional<Long> version() {
		return this.table.applied().map(FleetConfigurationTable.Applied::version);
	}

	/** When central last confirmed the version applied. */
	public Optional<Instant> checkedAt() {
		return this.table.applied().map(FleetConfigurationTable.Applied::checkedAt);
	}

	/**
	 * What the {@code fleet} health shows of it: the version, its age (ISO-8601), when
	 * central last confirmed it and which central; nothing before the first
	 * configuration.
	 */
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		this.table.applied().ifPresent((applied) -> {
			details.put("configurationVersion", applied.version());
			details.put("configurationAge", Duration.between(applied.checkedAt(), this.clock.instant()).toString());
			details.put("configurationCheckedAt", applied.checkedAt().toString());
			details.put("central", applied.central());
		});
		return details;
	}

	@Override
	public Optional<String> central() {
		return this.table.applied().map(FleetConfigurationTable.Applied::central);
	}

}
