package org.cloakroom.kiosk.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cloakroom.kiosk.enrolment.InventoryImportPreview;
import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppCatalogue;

/**
 * An MDM import preview as the API and the admin console show it: what the import would
 * record ({@link InventoryImportPreview}) and, per phone, the flagged apps the imported
 * list holds ({@code "WeChat (com.tencent.mm)"}), matched as a decision would match them.
 */
public record EnrolmentImportPreview(InventoryImportPreview preview, List<PhoneFlaggedApps> flagged) {

	public EnrolmentImportPreview {
		flagged = List.copyOf(flagged);
	}

	public static EnrolmentImportPreview of(InventoryImportPreview preview, FlaggedAppCatalogue catalogue) {
		List<PhoneFlaggedApps> flagged = new ArrayList<>();
		for (InventoryImportPreview.PhoneChange phone : preview.phones()) {
			Map<String, List<FlaggedApp>> matches = phone.displayNames() ? catalogue.matchEachName(phone.apps())
					: catalogue.matchEach(phone.platform(), phone.apps());
			List<String> apps = new TreeSet<>(matches.keySet()).stream()
				.map((app) -> matches.get(app).get(0).name() + " (" + app + ")")
				.toList();
			flagged.add(new PhoneFlaggedApps(phone.phoneId().value(), apps));
		}
		return new EnrolmentImportPreview(preview, flagged);
	}

	/** The flagged apps in one phone's imported list; empty when none. */
	public record PhoneFlaggedApps(long phoneId, List<String> apps) {

		public PhoneFlaggedApps {
			apps = List.copyOf(apps);
		}

	}

}
