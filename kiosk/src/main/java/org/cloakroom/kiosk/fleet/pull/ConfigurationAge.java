package org.cloakroom.kiosk.fleet.pull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.CentralManagement;
import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.fleet.FleetProperties;
import org.cloakroom.kiosk.fleet.forward.FleetHealthContributor;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import org.springframework.stereotype.Component;

/**
 * How old the kiosk's copy of central's configuration is: the time since central last
 * confirmed the version it applied (by sending it, or by saying it is still current). A
 * kiosk that applied one is centrally managed ({@link CentralManagement}). It adds the
 * version, age and confirmation to the {@code fleet} health, which is DOWN once the copy
 * is older than {@code cloakroom.fleet.configuration-age-limit}.
 */
@Component
@DoorHome
public class ConfigurationAge implements CentralManagement, FleetHealthContributor {

	private final FleetConfigurationTable table;

	private final Clock clock;

	private final Duration limit;

	ConfigurationAge(FleetConfigurationTable table, Clock clock, FleetProperties properties) {
		this.table = table;
		this.clock = clock;
		this.limit = properties.configurationAgeLimit();
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

	/**
	 * The details above; DOWN, saying since when and the limit, once the copy is older
	 * than the limit (central unreachable, or refusing, for that long: the kiosk works on
	 * with its last good copy). Before the first configuration: nothing, a kiosk that
	 * just joined has not pulled yet.
	 */
	@Override
	public void contribute(Health.Builder health) {
		health.withDetails(details());
		age().filter((age) -> age.compareTo(this.limit) > 0)
			.ifPresent((age) -> health.status(Status.DOWN)
				.withDetail("configurationWhy",
						"central has not confirmed the configuration since " + checkedAt().orElseThrow()
								+ ", longer than cloakroom.fleet.configuration-age-limit (" + this.limit
								+ "): see the log for why the pulls fail"));
	}

	@Override
	public Optional<String> central() {
		return this.table.applied().map(FleetConfigurationTable.Applied::central);
	}

}
