package org.cloakroom.kiosk.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Decides whether a phone must be stored: its inventory against the catalogue and the
 * area policy.
 */
@Service
public class ComplianceCheck {

	static final String FLAGGED_APP = "flagged-app";

	static final String AREA_POLICY = "area-policy";

	static final String NO_INVENTORY = "no-inventory";

	static final String NO_FLAGGED_APP = "no-flagged-app";

	private final FlaggedAppCatalogue catalogue;

	private final PolicyProperties policy;

	ComplianceCheck(FlaggedAppCatalogue catalogue, PolicyProperties policy) {
		this.catalogue = catalogue;
		this.policy = policy;
	}

	public Decision decide(PhoneFacts phone) {
		if (this.policy.mode() == PolicyProperties.Mode.ALL_PHONES) {
			return new Decision.MustStore(List.of(new Reason(AREA_POLICY, null, null,
					"cloakroom.policy.mode=ALL_PHONES", "This area admits no phones")));
		}
		if (phone.inventoryAt() == null) {
			return withoutInventory();
		}
		List<Reason> storeRequired = new ArrayList<>();
		List<Reason> warnings = new ArrayList<>();
		Map<String, List<FlaggedApp>> found = this.catalogue.matchEach(phone.platform(), phone.appIds());
		found.forEach((appId, entries) -> entries.forEach((entry) -> {
			Reason reason = flagged(entry, appId);
			(entry.severity() == Severity.STORE_REQUIRED ? storeRequired : warnings).add(reason);
		}));
		if (!storeRequired.isEmpty()) {
			storeRequired.addAll(warnings);
			return new Decision.MustStore(storeRequired);
		}
		if (!warnings.isEmpty()) {
			return new Decision.Clear(warnings);
		}
		LocalDate day = LocalDate.ofInstant(phone.inventoryAt(), ZoneOffset.UTC);
		return new Decision.Clear(List
			.of(new Reason(NO_FLAGGED_APP, null, null, null, "No flagged app in the declared inventory of " + day)));
	}

	public UnenrolledPhoneAction unenrolledPhoneAction() {
		return this.policy.unenrolledPhones();
	}

	private Decision withoutInventory() {
		String setting = "cloakroom.policy.no-inventory=" + this.policy.noInventory();
		if (this.policy.noInventory() == PolicyProperties.NoInventory.CLEAR) {
			return new Decision.Clear(List.of(new Reason(NO_INVENTORY, null, null, setting,
					"No app inventory is on record for this phone; the area policy lets it in")));
		}
		return new Decision.MustStore(List.of(new Reason(NO_INVENTORY, null, null, setting,
				"No app inventory is on record for this phone, so it must be stored")));
	}

	private static Reason flagged(FlaggedApp entry, String appId) {
		String titles = entry.sources().stream().map(FlaggedAppSource::title).collect(Collectors.joining("; "));
		return new Reason(FLAGGED_APP, entry.id(), appId, titles, entry.plainWords());
	}

}
