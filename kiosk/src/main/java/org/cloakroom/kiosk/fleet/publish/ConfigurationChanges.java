package org.cloakroom.kiosk.fleet.publish;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.BadgeReset;
import org.cloakroom.kiosk.enrolment.BleIdentityAdded;
import org.cloakroom.kiosk.enrolment.EmployeeDeactivated;
import org.cloakroom.kiosk.enrolment.EmployeeEdited;
import org.cloakroom.kiosk.enrolment.EmployeeEnrolled;
import org.cloakroom.kiosk.enrolment.EmployeeReactivated;
import org.cloakroom.kiosk.enrolment.PhoneEnrolled;
import org.cloakroom.kiosk.enrolment.PinReset;
import org.cloakroom.kiosk.fleet.FleetProperties;
import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;
import org.cloakroom.kiosk.policy.AreaPolicyChanged;
import org.cloakroom.kiosk.policy.ExemptionGranted;
import org.cloakroom.kiosk.policy.ExemptionRevoked;
import org.cloakroom.kiosk.policy.FlaggedAppAdded;
import org.cloakroom.kiosk.policy.FlaggedAppEdited;
import org.cloakroom.kiosk.policy.FlaggedAppRetired;
import org.cloakroom.kiosk.policy.FlaggedAppsImported;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps central's configuration version in step with its tables. The audit events that
 * enrolment and policy publish for every change say which kinds of the configuration a
 * transaction touched; just before it commits, those kinds are compared item by item with
 * what was last recorded (a SHA-256 of each value), and the items that changed get one
 * new version, in that transaction. So a delta holds exactly what changed, a change that
 * changes nothing bumps nothing, and a rolled-back change leaves no trace.
 */
@Component
@CentralHome
class ConfigurationChanges {

	/** The events that change the configuration, and the kind each changes. */
	private static final Map<Class<?>, String> KINDS = Map.ofEntries(Map.entry(EmployeeEnrolled.class, "employee"),
			Map.entry(EmployeeEdited.class, "employee"), Map.entry(EmployeeDeactivated.class, "employee"),
			Map.entry(EmployeeReactivated.class, "employee"), Map.entry(BadgeReset.class, "employee"),
			Map.entry(PinReset.class, "employee"), Map.entry(PhoneEnrolled.class, "phone"),
			Map.entry(BleIdentityAdded.class, "identity"), Map.entry(FlaggedAppAdded.class, "flagged-app"),
			Map.entry(FlaggedAppEdited.class, "flagged-app"), Map.entry(FlaggedAppRetired.class, "flagged-app"),
			Map.entry(FlaggedAppsImported.class, "flagged-app"), Map.entry(AreaPolicyChanged.class, "policy"),
			Map.entry(ExemptionGranted.class, "exemption"), Map.entry(ExemptionRevoked.class, "exemption"));

	private final CurrentConfiguration configuration;

	private final ConfigurationVersionTable versions;

	private final FleetProperties properties;

	private final Clock clock;

	ConfigurationChanges(CurrentConfiguration configuration, ConfigurationVersionTable versions,
			FleetProperties properties, Clock clock) {
		this.configuration = configuration;
		this.versions = versions;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(AuditableEvent event) {
		String kind = KINDS.get(event.getClass());
		if (kind == null) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			record(List.of(kind));
			return;
		}
		pending().add(kind);
	}

	/** Catches up with what changed while central ran without this (or before it). */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void catchUp() {
		record(ConfigurationItem.KINDS);
	}

	/**
	 * Forgets removals older than the history, once a day: older deltas are snapshots.
	 */
	@Scheduled(initialDelayString = "1h", fixedDelayString = "1d")
	@Transactional
	public void forgetOldRemovals() {
		this.versions.lock();
		long newest = this.versions.forgetRemovals(this.clock.instant().minus(this.properties.configurationHistory()));
		this.versions.floor(newest);
	}

	/** The kinds this transaction touched; recorded just before it commits. */
	private Set<String> pending() {
		@SuppressWarnings("unchecked")
		Set<String> kinds = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (kinds == null) {
			Set<String> touched = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, touched);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					record(touched);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ConfigurationChanges.this);
				}
			});
			kinds = touched;
		}
		return kinds;
	}

	/** Compares the kinds with what was recorded, under the version's lock. */
	void record(Collection<String> kinds) {
		this.versions.lock();
		Map<String, Map<String, String>> recorded = new HashMap<>();
		kinds.forEach((kind) -> recorded.put(kind, this.versions.digests(kind)));
		Map<String, Map<String, String>> changed = new HashMap<>();
		for (Item item : this.configuration.of(kinds)) {
			String digest = item.digest();
			String before = recorded.get(item.kind()).remove(item.key());
			if (!digest.equals(before)) {
				changed.computeIfAbsent(item.kind(), (kind) -> new HashMap<>()).put(item.key(), digest);
			}
		}
		// what is left was recorded but is no longer there: removed, unless removed
		// already
		recorded.forEach((kind, left) -> left.forEach((key, digest) -> {
			if (digest != null) {
				changed.computeIfAbsent(kind, (k) -> new HashMap<>()).put(key, null);
			}
		}));
		if (changed.isEmpty()) {
			return;
		}
		long version = this.versions.bump();
		Instant now = this.clock.instant();
		changed.forEach(
				(kind, items) -> items.forEach((key, digest) -> this.versions.record(kind, key, version, digest, now)));
	}

}
