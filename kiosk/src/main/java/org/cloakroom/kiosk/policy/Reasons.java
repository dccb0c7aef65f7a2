package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The reasons a decision gives: each names its rule (and, for a catalogue match, the
 * entry, what on the phone matched and every source), and says in plain words what the
 * kiosk shows.
 */
final class Reasons {

	static final String FLAGGED_APP = "flagged-app";

	static final String FLAGGED_APP_BY_NAME = "flagged-app-by-name";

	static final String AREA_POLICY = "area-policy";

	static final String NO_INVENTORY = "no-inventory";

	static final String NO_FLAGGED_APP = "no-flagged-app";

	static final String STALE_INVENTORY = "stale-inventory";

	static final String OVERDUE_ATTESTATION = "overdue-attestation";

	static final String MDM_INVENTORY = "mdm-inventory";

	static final String EXEMPTION = "exemption";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Reasons() {
	}

	static Reason flagged(FlaggedApp entry, String appId) {
		return new Reason(FLAGGED_APP, entry.id(), appId, sources(entry), entry.plainWords(),
				Reason.Wording.of("reason.flagged-app"));
	}

	/** A match by display name from an MDM report: weaker evidence, and it says so. */
	static Reason flaggedByName(FlaggedApp entry, String displayName) {
		return new Reason(FLAGGED_APP_BY_NAME, entry.id(), displayName,
				sources(entry) + "; matched by display name in an MDM report (weaker evidence than an app id)",
				entry.plainWords() + " (matched by the name \"" + displayName
						+ "\" in an MDM report, weaker evidence than an app id)",
				Reason.Wording.of("reason.flagged-app-by-name", displayName));
	}

	static Reason allPhones() {
		return new Reason(AREA_POLICY, null, null, "cloakroom.policy.mode=ALL_PHONES", "This area admits no phones",
				Reason.Wording.of("reason.area-policy"));
	}

	static Reason noFlaggedApp(PhoneFacts phone) {
		String words = phone.provesAbsence() ? "No flagged app in the declared inventory of " + day(phone.inventoryAt())
				: "No flagged app in the MDM report of " + day(phone.inventoryAt())
						+ " (an MDM report shows only the apps it manages)";
		return new Reason(NO_FLAGGED_APP, null, null, null, words,
				Reason.Wording.of(
						phone.provesAbsence() ? "reason.no-flagged-app.declared" : "reason.no-flagged-app.mdm",
						new Reason.Day(phone.inventoryAt())));
	}

	static Reason noInventory(PolicyProperties.NoInventory setting) {
		String words = switch (setting) {
			case CLEAR -> "No app inventory is on record for this phone; the area policy lets it in";
			case MUST_STORE -> "No app inventory is on record for this phone, so it must be stored";
			case UNKNOWN -> "No app inventory is on record for this phone, so it is not known what it carries "
					+ "and it must be stored until its apps are declared";
		};
		return new Reason(NO_INVENTORY, null, null, "cloakroom.policy.no-inventory=" + setting, words,
				Reason.Wording.of("reason.no-inventory." + key(setting)));
	}

	static Reason mdmOnly(PhoneFacts phone) {
		return new Reason(MDM_INVENTORY, null, null, "cloakroom.policy.mdm-inventory=UNKNOWN",
				"Only an MDM report of " + day(phone.inventoryAt()) + " lists this phone's apps, and it cannot show "
						+ "that a flagged app is absent, so the phone must be stored until its apps are declared",
				Reason.Wording.of("reason.mdm-inventory", new Reason.Day(phone.inventoryAt())));
	}

	static Reason stale(PhoneFacts phone, PolicyProperties.Action action, Duration maxAge) {
		String setting = "cloakroom.policy.stale-inventory=" + action + " (inventory-max-age=" + maxAge + ")";
		String words = "The app inventory of this phone is from " + day(phone.inventoryAt()) + ", older than "
				+ age(maxAge)
				+ ((action == PolicyProperties.Action.MUST_STORE)
						? ", so it must be stored until its apps are declared again"
						: ": please declare its apps again");
		return new Reason(STALE_INVENTORY, null, null, setting, words, Reason.Wording
			.of("reason.stale-inventory." + key(action), new Reason.Day(phone.inventoryAt()), maxAge.toDays()));
	}

	static Reason overdue(PolicyProperties.Action action) {
		String words = "The attestation of this phone's apps is overdue"
				+ ((action == PolicyProperties.Action.MUST_STORE)
						? ", so it must be stored until its apps are attested again"
						: ": please attest its apps again");
		return new Reason(OVERDUE_ATTESTATION, null, null, "cloakroom.policy.overdue-attestation=" + action, words,
				Reason.Wording.of("reason.overdue-attestation." + key(action)));
	}

	static Reason exempted(Exemption exemption) {
		String until = exemption.expiresAt().toString();
		return new Reason(EXEMPTION, null, null,
				"exemption " + exemption.id() + " granted by " + exemption.grantedBy() + " at " + exemption.grantedAt()
						+ " until " + until + ": " + exemption.reason(),
				"Exempted from storage by " + exemption.grantedBy() + " until " + MINUTE.format(exemption.expiresAt())
						+ " (exemption " + exemption.id() + ": " + exemption.reason() + ")",
				Reason.Wording.of("reason.exemption", exemption.grantedBy(), exemption.expiresAt(), exemption.reason(),
						exemption.id(), new Reason.Day(exemption.grantedAt())));
	}

	/** An enum constant as the end of a message key: MUST_STORE is must-store. */
	private static String key(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String sources(FlaggedApp entry) {
		return entry.sources()
			.stream()
			.map((source) -> source.title() + " (" + source.published() + ", " + source.url() + ")")
			.collect(Collectors.joining("; "));
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String age(Duration duration) {
		return (duration.toSeconds() % 86_400 == 0) ? duration.toDays() + " days" : duration.toString();
	}

}
