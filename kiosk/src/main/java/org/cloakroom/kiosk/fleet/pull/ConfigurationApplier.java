package org.cloakroom.kiosk.fleet.pull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.DoorHome;
import org.cloakroom.kiosk.enrolment.DeviceIds;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRecord;
import org.cloakroom.kiosk.enrolment.EnrolmentCopy;
import org.cloakroom.kiosk.enrolment.IdentityRecord;
import org.cloakroom.kiosk.enrolment.PhoneDevices;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;
import org.cloakroom.kiosk.fleet.wire.WrappedIrk;
import org.cloakroom.kiosk.policy.AreaPolicySetting;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.PolicyCopy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one of central's configurations in one transaction, through the modules that
 * own the tables (employees, phones and identities, then catalogue, policy and
 * exemptions, so that what a row names is there first), and records it
 * ({@link ConfigurationApplied}). A snapshot also retires, revokes, removes or
 * deactivates what this kiosk holds and central no longer has. Anything central sent that
 * does not read rolls the whole of it back: the last good copy stays.
 */
@Component
@DoorHome
class ConfigurationApplier {

	private final EnrolmentCopy enrolment;

	private final PolicyCopy policy;

	private final FleetConfigurationTable table;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConfigurationApplier(EnrolmentCopy enrolment, PolicyCopy policy, FleetConfigurationTable table, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.enrolment = enrolment;
		this.policy = policy;
		this.table = table;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws IllegalArgumentException naming the item and field central sent that does
	 * not read, or a delta from a version this kiosk does not hold
	 */
	@Transactional
	ConfigurationApplied apply(ConfigurationUpdate update, CentralLink link) {
		boolean snapshot = ConfigurationUpdate.SNAPSHOT.equals(update.basis());
		Long held = this.table.applied().map(FleetConfigurationTable.Applied::version).orElse(null);
		if (!snapshot && (!ConfigurationUpdate.DELTA.equals(update.basis()) || update.since() == null
				|| !update.since().equals(held))) {
			throw new IllegalArgumentException("Central sent a " + update.basis() + " since " + update.since()
					+ " for version " + update.version() + ", but this kiosk holds version " + held);
		}
		Kinds kinds = new Kinds(update.items());
		Counts counts = new Counts();
		applyEnrolment(kinds, link, snapshot, counts);
		applyPolicy(kinds, snapshot, counts);
		String central = link.central().toString();
		this.table.applied(update.version(), central, this.clock.instant());
		ConfigurationApplied applied = new ConfigurationApplied(update.version(), update.basis(), update.since(),
				central, counts.put(), counts.removed(), counts.toString());
		this.events.publishEvent(applied);
		return applied;
	}

	private void applyEnrolment(Kinds kinds, CentralLink link, boolean snapshot, Counts counts) {
		List<EmployeeRecord> employees = kinds.puts("employee").stream().map(this::employee).toList();
		this.enrolment.putEmployees(employees);
		counts.put("employee", employees.size());
		List<PhoneDevices> phones = kinds.puts("phone").stream().map(this::phone).toList();
		this.enrolment.putPhones(phones);
		counts.put("phone", phones.size());
		List<IdentityRecord> identities = kinds.puts("identity").stream().map((item) -> identity(item, link)).toList();
		this.enrolment.putIdentities(identities);
		counts.put("identity", identities.size());

		Set<EmployeeId> goneEmployees = kinds.removedIds("employee").stream().map(EmployeeId::of).collect(toSet());
		Set<Long> goneIdentities = new HashSet<>(kinds.removedIds("identity"));
		if (snapshot) {
			Set<EmployeeId> sent = employees.stream().map(EmployeeRecord::id).collect(toSet());
			this.enrolment.employeeIds().stream().filter((id) -> !sent.contains(id)).forEach(goneEmployees::add);
			Set<Long> sentIdentities = identities.stream().map(IdentityRecord::id).collect(toSet());
			this.enrolment.identityIds()
				.stream()
				.filter((id) -> !sentIdentities.contains(id))
				.forEach(goneIdentities::add);
		}
		this.enrolment.deactivateEmployees(goneEmployees);
		counts.removed("employee", goneEmployees.size());
		this.enrolment.removeIdentities(goneIdentities);
		counts.removed("identity", goneIdentities.size());
	}

	private void applyPolicy(Kinds kinds, boolean snapshot, Counts counts) {
		List<FlaggedApp> apps = kinds.puts("flagged-app")
			.stream()
			.map((item) -> this.json.treeToValue(item.value(), FlaggedApp.class))
			.toList();
		this.policy.putFlaggedApps(apps);
		counts.put("flagged-app", apps.size());
		Map<AreaPolicySetting, String> settings = new LinkedHashMap<>();
		kinds.puts("policy").forEach((item) -> settings.put(setting(item), ItemValue.of(item).text("value")));
		this.policy.putSettings(settings);
		counts.put("policy", settings.size());
		List<Exemption> exemptions = kinds.puts("exemption").stream().map(this::exemption).toList();
		this.policy.putExemptions(exemptions);
		counts.put("exemption", exemptions.size());

		Set<String> goneApps = kinds.removed("flagged-app").stream().map(ConfigurationItem::key).collect(toSet());
		Set<Long> goneExemptions = new HashSet<>(kinds.removedIds("exemption"));
		if (snapshot) {
			Set<String> sentApps = apps.stream().map(FlaggedApp::id).collect(toSet());
			this.policy.liveFlaggedAppIds().stream().filter((id) -> !sentApps.contains(id)).forEach(goneApps::add);
			Set<Long> sentExemptions = exemptions.stream().map(Exemption::id).collect(toSet());
			this.policy.unrevokedExemptionIds()
				.stream()
				.filter((id) -> !sentExemptions.contains(id))
				.forEach(goneExemptions::add);
		}
		this.policy.retireFlaggedApps(goneApps, "retired on central");
		counts.removed("flagged-app", goneApps.size());
		this.policy.revokeExemptions(goneExemptions);
		counts.removed("exemption", goneExemptions.size());
	}

	private EmployeeRecord employee(ConfigurationItem item) {
		ItemValue value = ItemValue.of(item);
		return new EmployeeRecord(EmployeeId.of(value.id()), value.text("name"), value.text("badgeId"),
				value.text("pinHash"), value.optionalText("language"), value.optionalInstant("deactivatedAt"));
	}

	private PhoneDevices phone(ConfigurationItem item) {
		ItemValue value = ItemValue.of(item);
		String named = value.text("platform");
		Platform platform;
		try {
			platform = Platform.valueOf(named);
		}
		catch (IllegalArgumentException ex) {
			throw value.problem("platform", "is not one of " + List.of(Platform.values()));
		}
		return new PhoneDevices(
				new PhoneRef(PhoneId.of(value.id()), EmployeeId.of(value.number("employeeId")), value.text("label"),
						platform),
				new DeviceIds(value.optionalText("serial"), value.optionalText("imei"), value.optionalText("udid"),
						value.optionalText("mdmId")));
	}

	/** An IRK is opened from its wrapping for this kiosk, and sealed again at rest. */
	private IdentityRecord identity(ConfigurationItem item, CentralLink link) {
		ItemValue value = ItemValue.of(item);
		String kind = value.text("kind");
		PhoneId phone = PhoneId.of(value.number("phoneId"));
		if (IdentityRecord.IRK.equals(kind)) {
			byte[] irk = WrappedIrk.open(link.wrappingKey(), link.kiosk(), item.key(), value.text("wrappedIrk"));
			return new IdentityRecord(value.id(), phone, kind, null, irk);
		}
		return new IdentityRecord(value.id(), phone, kind, value.text("value"), null);
	}

	private static AreaPolicySetting setting(ConfigurationItem item) {
		return AreaPolicySetting.byKey(item.key())
			.orElseThrow(() -> ItemValue.of(item).problem("key", "is no area policy setting this version knows"));
	}

	private Exemption exemption(ConfigurationItem item) {
		ItemValue value = ItemValue.of(item);
		Long phone = value.optionalNumber("phoneId");
		Long employee = value.optionalNumber("employeeId");
		return new Exemption(value.id(), (phone != null) ? PhoneId.of(phone) : null,
				(employee != null) ? EmployeeId.of(employee) : null, value.instant("expiresAt"),
				value.text("grantedBy"), value.text("reason"), value.instant("grantedAt"), null, null);
	}

	private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
		return Collectors.toCollection(HashSet::new);
	}

	/** The items by kind, and op. */
	private static final class Kinds {

		private final List<ConfigurationItem> items;

		Kinds(List<ConfigurationItem> items) {
			for (ConfigurationItem item : items) {
				if (!ConfigurationItem.KINDS.contains(item.kind())) {
					throw new IllegalArgumentException(
							"Central sent an item of kind '" + item.kind() + "' (key " + item.key() + ")");
				}
				if (!ConfigurationItem.PUT.equals(item.op()) && !ConfigurationItem.REMOVE.equals(item.op())) {
					throw new IllegalArgumentException("Central's " + item.kind() + " '" + item.key() + "': op '"
							+ item.op() + "' is neither put nor remove");
				}
			}
			this.items = items;
		}

		List<ConfigurationItem> puts(String kind) {
			return of(kind, ConfigurationItem.PUT);
		}

		List<ConfigurationItem> removed(String kind) {
			return of(kind, ConfigurationItem.REMOVE);
		}

		List<Long> removedIds(String kind) {
			return removed(kind).stream().map((item) -> ItemValue.id(item)).toList();
		}

		private List<ConfigurationItem> of(String kind, String op) {
			return this.items.stream().filter((item) -> item.kind().equals(kind) && item.op().equals(op)).toList();
		}

	}

	/** What was put and removed, by kind. */
	private static final class Counts {

		private final List<String> words = new ArrayList<>();

		private int put;

		private int removed;

		void put(String kind, int count) {
			this.put += count;
			add(kind, count, "put");
		}

		void removed(String kind, int count) {
			this.removed += count;
			add(kind, count, "removed");
		}

		private void add(String kind, int count, String what) {
			if (count > 0) {
				this.words.add(kind + " " + count + " " + what);
			}
		}

		int put() {
			return this.put;
		}

		int removed() {
			return this.removed;
		}

		@Override
		public String toString() {
			return this.words.isEmpty() ? "nothing changed" : String.join(", ", this.words);
		}

	}

}
