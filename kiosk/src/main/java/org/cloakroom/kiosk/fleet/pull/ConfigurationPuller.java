package org.cloakroom.kiosk.fleet.pull;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.fleet.forward.FleetSecrets;
import org.cloakroom.kiosk.fleet.forward.JoinedCentral;
import org.cloakroom.kiosk.fleet.forward.Membership;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;

import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls central's configuration every {@code cloakroom.fleet.pull-interval} once the
 * kiosk joined, since the version it holds, and applies what comes. A pull that fails
 * (central unreachable, a refusal, something that does not read) changes nothing: the
 * kiosk keeps its last good copy, says so once in the log, and its configuration age
 * grows until a pull succeeds.
 */
@Component
@DoorHome
@Conditional(JoinedCentral.class)
class ConfigurationPuller {

	private static final Log logger = LogFactory.getLog(ConfigurationPuller.class);

	private final Membership membership;

	private final FleetSecrets secrets;

	private final ConfigurationClient client;

	private final ConfigurationApplier applier;

	private final FleetConfigurationTable table;

	private final Clock clock;

	/** The last failure said, so that a failure that lasts is said once. */
	private volatile String failure;

	ConfigurationPuller(Membership membership, FleetSecrets secrets, ConfigurationClient client,
			ConfigurationApplier applier, FleetConfigurationTable table, Clock clock) {
		this.membership = membership;
		this.secrets = secrets;
		this.client = client;
		this.applier = applier;
		this.table = table;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cloakroom.fleet.pull-interval:5m}")
	void scheduled() {
		try {
			pull();
		}
		catch (IOException | RuntimeException ex) {
			String said = ex.getMessage();
			if (!said.equals(this.failure)) {
				logger.warn("Pulling the configuration from central failed; the kiosk keeps the copy it has: " + said);
				this.failure = said;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * One pull.
	 * @return what was applied: empty when the kiosk's version is current
	 * @throws IOException when central is unreachable or refuses
	 * @throws IllegalArgumentException when what central sent does not read (nothing
	 * applied)
	 */
	Optional<ConfigurationApplied> pull() throws IOException, InterruptedException {
		Long since = this.table.applied().map(FleetConfigurationTable.Applied::version).orElse(null);
		Optional<ConfigurationUpdate> update = this.client.since(since);
		if (update.isEmpty()) {
			this.table.checked(this.clock.instant());
			this.failure = null;
			return Optional.empty();
		}
		ConfigurationApplied applied = this.applier.apply(update.get(), CentralLink.of(this.membership, this.secrets));
		this.failure = null;
		return Optional.of(applied);
	}

}
