package org.cloakroom.kiosk.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a central instance's copy of the catalogue, the area policy and the exemptions
 * into a kiosk's tables, under central's ids and in the caller's transaction (the fleet
 * module applies a whole configuration in one). What central no longer has is retired or
 * revoked here, never deleted: the kiosk's log still names it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PolicyCopy {

	/** Who a central copy's changes are by, where a row keeps who changed it. */
	public static final String CENTRAL = "central";

	private static final Comparator<FlaggedApp> PARENTS_FIRST = Comparator.comparing(FlaggedApp::isAlias)
		.thenComparing(FlaggedApp::id);

	private final CatalogueTables catalogue;

	private final AreaPolicyTable settings;

	private final AreaPolicyAdministration policy;

	private final ExemptionTable exemptions;

	private final Clock clock;

	PolicyCopy(CatalogueTables catalogue, AreaPolicyTable settings, AreaPolicyAdministration policy,
			ExemptionTable exemptions, Clock clock) {
		this.catalogue = catalogue;
		this.settings = settings;
		this.policy = policy;
		this.exemptions = exemptions;
		this.clock = clock;
	}

	/** Central's entries, in force here (parents before their aliases). */
	public void putFlaggedApps(Collection<FlaggedApp> entries) {
		entries.stream().sorted(PARENTS_FIRST).forEach((entry) -> {
			if (this.catalogue.exists(entry.id())) {
				this.catalogue.update(entry);
				this.catalogue.unretire(entry.id());
			}
			else {
				this.catalogue.insert(entry);
			}
		});
	}

	/** Retires the entries central no longer has in force. */
	public void retireFlaggedApps(Collection<String> ids, String because) {
		Set<String> live = liveFlaggedAppIds();
		Instant now = this.clock.instant();
		ids.stream().filter(live::contains).forEach((id) -> this.catalogue.retire(id, now, because));
	}

	/** The ids of the entries in force here. */
	public Set<String> liveFlaggedAppIds() {
		return this.catalogue.loadAll().stream().map(FlaggedApp::id).collect(Collectors.toSet());
	}

	/**
	 * Central's area policy settings (values as configuration writes them), in force here
	 * for the next decision after the commit.
	 * @throws PolicyRefusal naming a setting whose value this version does not take
	 */
	public void putSettings(Map<AreaPolicySetting, String> values) {
		Map<String, String> held = this.settings.all()
			.stream()
			.collect(Collectors.toMap(AreaPolicyTable.Row::setting, AreaPolicyTable.Row::value));
		Instant now = this.clock.instant();
		values.forEach((setting, text) -> {
			setting.parse(text);
			if (!Objects.equals(held.get(setting.key()), text)) {
				this.settings.put(setting.key(), text, CENTRAL, now);
			}
		});
		this.policy.forgetWhenDone();
	}

	/** Central's exemptions, by central's ids. */
	public void putExemptions(Collection<Exemption> exemptions) {
		exemptions.forEach(this.exemptions::put);
	}

	/** Revokes the exemptions central no longer has in force. */
	public void revokeExemptions(Collection<Long> ids) {
		Instant now = this.clock.instant();
		for (long id : ids) {
			this.exemptions.byId(id)
				.filter((exemption) -> exemption.revokedAt() == null)
				.ifPresent((exemption) -> this.exemptions.revoke(id, now, CENTRAL));
		}
	}

	/** The ids of the exemptions not revoked here. */
	public Set<Long> unrevokedExemptionIds() {
		return this.exemptions.all()
			.stream()
			.filter((exemption) -> exemption.revokedAt() == null)
			.map(Exemption::id)
			.collect(Collectors.toSet());
	}

}
