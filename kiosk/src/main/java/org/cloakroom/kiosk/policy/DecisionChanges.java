package org.cloakroom.kiosk.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

/**
 * What would change a phone's decision: {@link ComplianceCheck} decides again with one
 * fact changed at a time (each flagged app removed, all of them removed, a fresh
 * declaration, with or without them, an exemption granted or ended), and every change
 * whose verdict differs from today's is listed. Nothing is guessed and nothing is
 * written.
 */
@Service
public class DecisionChanges {

	/** The stand-in exemption's term; any term in the future decides the same. */
	private static final Duration HYPOTHETICAL_TERM = Duration.ofDays(1);

	private final ComplianceCheck check;

	private final FlaggedAppCatalogue catalogue;

	private final PolicyExemptions exemptions;

	private final Clock clock;

	DecisionChanges(ComplianceCheck check, FlaggedAppCatalogue catalogue, PolicyExemptions exemptions, Clock clock) {
		this.check = check;
		this.catalogue = catalogue;
		this.exemptions = exemptions;
		this.clock = clock;
	}

	public List<DecisionChange> of(PhoneFacts phone) {
		Decision.Verdict today = this.check.decide(phone).verdict();
		List<DecisionChange> changes = new ArrayList<>();
		Map<String, String> flaggedIds = flagged(this.catalogue.matchEach(phone.platform(), phone.appIds()));
		Map<String, String> flaggedNames = flagged(this.catalogue.matchEachName(phone.appNames()));
		flaggedIds.forEach((appId, name) -> add(changes, today, DecisionChange.Change.REMOVE_APP, appId, name,
				without(phone, Set.of(appId), Set.of())));
		flaggedNames.forEach((appName, name) -> add(changes, today, DecisionChange.Change.REMOVE_APP, appName, name,
				without(phone, Set.of(), Set.of(appName))));
		PhoneFacts noneFlagged = without(phone, flaggedIds.keySet(), flaggedNames.keySet());
		if (flaggedIds.size() + flaggedNames.size() > 1) {
			add(changes, today, DecisionChange.Change.REMOVE_ALL_FLAGGED_APPS, null, null, noneFlagged);
		}
		add(changes, today, DecisionChange.Change.DECLARE_APPS, null, null, declared(phone));
		if (!flaggedIds.isEmpty() || !flaggedNames.isEmpty()) {
			add(changes, today, DecisionChange.Change.DECLARE_WITHOUT_FLAGGED_APPS, null, null, declared(noneFlagged));
		}
		exemption(phone, today).ifPresent(changes::add);
		return List.copyOf(changes);
	}

	private Optional<DecisionChange> exemption(PhoneFacts phone, Decision.Verdict today) {
		boolean exempted = this.exemptions.activeFor(phone.phoneId(), phone.employeeId()).isPresent();
		Decision.Verdict verdict = this.check.decideWith(phone, exempted ? null : hypothetical(phone)).verdict();
		if (verdict == today) {
			return Optional.empty();
		}
		return Optional.of(new DecisionChange(
				exempted ? DecisionChange.Change.EXEMPTION_ENDS : DecisionChange.Change.GRANT_EXEMPTION, null, null,
				verdict));
	}

	private void add(List<DecisionChange> changes, Decision.Verdict today, DecisionChange.Change change, String app,
			String appName, PhoneFacts changed) {
		Decision.Verdict verdict = this.check.decide(changed).verdict();
		if (verdict != today) {
			changes.add(new DecisionChange(change, app, appName, verdict));
		}
	}

	/**
	 * Each matched app id (or display name) with the name of its first catalogue entry.
	 */
	private static Map<String, String> flagged(Map<String, List<FlaggedApp>> matches) {
		Map<String, String> flagged = new LinkedHashMap<>();
		new TreeSet<>(matches.keySet()).forEach((app) -> flagged.put(app, matches.get(app).get(0).name()));
		return flagged;
	}

	private static PhoneFacts without(PhoneFacts phone, Set<String> appIds, Set<String> appNames) {
		Set<String> ids = new TreeSet<>(phone.appIds());
		ids.removeAll(appIds);
		Set<String> names = new TreeSet<>(phone.appNames());
		names.removeAll(appNames);
		return new PhoneFacts(phone.phoneId(), phone.employeeId(), phone.label(), phone.platform(), ids, names,
				phone.inventoryAt(), phone.provesAbsence(), phone.attestationOverdue());
	}

	/**
	 * The same apps declared now (none for a phone without an inventory): a declaration
	 * proves absence and is attested.
	 */
	private PhoneFacts declared(PhoneFacts phone) {
		return new PhoneFacts(phone.phoneId(), phone.employeeId(), phone.label(), phone.platform(), phone.appIds(),
				phone.appNames(), this.clock.instant(), true, false);
	}

	private Exemption hypothetical(PhoneFacts phone) {
		Instant now = this.clock.instant();
		return new Exemption(0, phone.phoneId(), null, now.plus(HYPOTHETICAL_TERM), "an admin", "hypothetical", now,
				null, null);
	}

}
