package org.cloakroom.kiosk.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Decides whether a phone must be stored: its inventory (app ids, and display names as
 * weaker evidence) against the catalogue, the evidence's age and attestation under the
 * area policy, and then any active exemption, which turns a decision to store into CLEAR.
 */
@Service
public class ComplianceCheck {

	private final FlaggedAppCatalogue catalogue;

	/** The area policy in force now: read once per decision. */
	private final Supplier<AreaPolicy> areaPolicy;

	private final PolicyExemptions exemptions;

	private final Clock clock;

	@Autowired
	ComplianceCheck(FlaggedAppCatalogue catalogue, AreaPolicyAdministration areaPolicy, PolicyExemptions exemptions,
			Clock clock) {
		this(catalogue, areaPolicy::current, exemptions, clock);
	}

	/** Under a policy that never changes, as configured. */
	ComplianceCheck(FlaggedAppCatalogue catalogue, PolicyProperties policy, PolicyExemptions exemptions, Clock clock) {
		this(catalogue, policy::areaPolicy, exemptions, clock);
	}

	private ComplianceCheck(FlaggedAppCatalogue catalogue, Supplier<AreaPolicy> areaPolicy, PolicyExemptions exemptions,
			Clock clock) {
		this.catalogue = catalogue;
		this.areaPolicy = areaPolicy;
		this.exemptions = exemptions;
		this.clock = clock;
	}

	public Decision decide(PhoneFacts phone) {
		Decision ruled = ruled(phone, this.areaPolicy.get());
		if (!ruled.mustStore()) {
			return ruled;
		}
		return this.exemptions.activeFor(phone.phoneId(), phone.employeeId())
			.<Decision>map((exemption) -> exempted(exemption, ruled))
			.orElse(ruled);
	}

	/**
	 * The decision were {@code exemption} the phone's active one, or (null) were it to
	 * have none: what {@link DecisionChanges} re-decides with.
	 */
	Decision decideWith(PhoneFacts phone, Exemption exemption) {
		Decision ruled = ruled(phone, this.areaPolicy.get());
		return (exemption != null && ruled.mustStore()) ? exempted(exemption, ruled) : ruled;
	}

	public UnenrolledPhoneAction unenrolledPhoneAction() {
		return this.areaPolicy.get().unenrolledPhones();
	}

	/**
	 * Whether the area admits no phone at all (else only phones without a flagged app):
	 * the rule the kiosk's idle screen states.
	 */
	public boolean noPhonesAdmitted() {
		return this.areaPolicy.get().mode() == PolicyProperties.Mode.ALL_PHONES;
	}

	/** What the area policy does about a phone nobody enrolled, heard inside the area. */
	public UnenrolledInsideAction unenrolledInsideAction() {
		return this.areaPolicy.get().unenrolledInside();
	}

	private Decision ruled(PhoneFacts phone, AreaPolicy policy) {
		if (policy.mode() == PolicyProperties.Mode.ALL_PHONES) {
			return new Decision.MustStore(List.of(Reasons.allPhones()));
		}
		if (!phone.hasInventory()) {
			return withoutInventory(policy);
		}
		List<Reason> storeRequired = new ArrayList<>();
		List<Reason> warnings = new ArrayList<>();
		boolean flagged = matchCatalogue(phone, storeRequired, warnings);
		weighEvidence(phone, policy, storeRequired, warnings);
		if (!storeRequired.isEmpty()) {
			storeRequired.addAll(warnings);
			return new Decision.MustStore(storeRequired);
		}
		if (!flagged) {
			if (!phone.provesAbsence() && policy.mdmInventory() == PolicyProperties.MdmInventory.UNKNOWN) {
				warnings.add(0, Reasons.mdmOnly(phone));
				return new Decision.Unknown(warnings);
			}
			warnings.add(0, Reasons.noFlaggedApp(phone));
		}
		return new Decision.Clear(warnings);
	}

	/**
	 * Adds a reason for every entry matched by app id, then by display name; true if any.
	 */
	private boolean matchCatalogue(PhoneFacts phone, List<Reason> storeRequired, List<Reason> warnings) {
		Set<String> matched = new HashSet<>();
		this.catalogue.matchEach(phone.platform(), phone.appIds())
			.forEach((appId, entries) -> entries.forEach((entry) -> {
				matched.add(entry.id());
				sortBySeverity(entry, Reasons.flagged(entry, appId), storeRequired, warnings);
			}));
		this.catalogue.matchEachName(phone.appNames())
			.forEach((name, entries) -> entries.stream()
				.filter((entry) -> matched.add(entry.id()))
				.forEach(
						(entry) -> sortBySeverity(entry, Reasons.flaggedByName(entry, name), storeRequired, warnings)));
		return !matched.isEmpty();
	}

	private static void sortBySeverity(FlaggedApp entry, Reason reason, List<Reason> storeRequired,
			List<Reason> warnings) {
		(entry.severity() == Severity.STORE_REQUIRED ? storeRequired : warnings).add(reason);
	}

	/**
	 * Stale inventory and overdue attestation, each stored or warned as the policy says.
	 */
	private void weighEvidence(PhoneFacts phone, AreaPolicy policy, List<Reason> storeRequired, List<Reason> warnings) {
		Instant staleFrom = phone.inventoryAt().plus(policy.inventoryMaxAge());
		if (!this.clock.instant().isBefore(staleFrom)) {
			PolicyProperties.Action action = policy.staleInventory();
			actOn(action, Reasons.stale(phone, action, policy.inventoryMaxAge()), storeRequired, warnings);
		}
		if (phone.attestationOverdue()) {
			PolicyProperties.Action action = policy.overdueAttestation();
			actOn(action, Reasons.overdue(action), storeRequired, warnings);
		}
	}

	private static void actOn(PolicyProperties.Action action, Reason reason, List<Reason> storeRequired,
			List<Reason> warnings) {
		(action == PolicyProperties.Action.MUST_STORE ? storeRequired : warnings).add(reason);
	}

	private Decision withoutInventory(AreaPolicy policy) {
		PolicyProperties.NoInventory setting = policy.noInventory();
		List<Reason> reasons = List.of(Reasons.noInventory(setting));
		return switch (setting) {
			case CLEAR -> new Decision.Clear(reasons);
			case MUST_STORE -> new Decision.MustStore(reasons);
			case UNKNOWN -> new Decision.Unknown(reasons);
		};
	}

	/**
	 * CLEAR, the exemption first, then every reason the phone would have been stored for.
	 */
	private static Decision exempted(Exemption exemption, Decision ruled) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(Reasons.exempted(exemption));
		reasons.addAll(ruled.reasons());
		return new Decision.Clear(reasons);
	}

}
