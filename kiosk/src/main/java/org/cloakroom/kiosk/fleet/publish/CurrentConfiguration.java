package org.cloakroom.kiosk.fleet.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.enrolment.DeviceIds;
import org.cloakroom.kiosk.enrolment.EmployeeRecord;
import org.cloakroom.kiosk.enrolment.EnrolmentRecords;
import org.cloakroom.kiosk.enrolment.IdentityRecord;
import org.cloakroom.kiosk.enrolment.PhoneDevices;
import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;
import org.cloakroom.kiosk.policy.AreaPolicy;
import org.cloakroom.kiosk.policy.AreaPolicyAdministration;
import org.cloakroom.kiosk.policy.AreaPolicySetting;
import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.CatalogueEntry;
import org.cloakroom.kiosk.policy.Exemption;
import org.cloakroom.kiosk.policy.PolicyExemptions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Central's configuration as it stands, read from the modules that own it, one kind at a
 * time: every employee (PIN hash, language, deactivation), phone and identity; the
 * flagged apps in force with their identifiers, sources and text in other languages; the
 * area policy's settings as in force; the exemptions not revoked. Keys are central's ids
 * (a setting's key for the policy).
 */
@Component
@CentralHome
class CurrentConfiguration {

	private final EnrolmentRecords enrolment;

	private final CatalogueAdministration catalogue;

	private final AreaPolicyAdministration policy;

	private final PolicyExemptions exemptions;

	private final JsonMapper json;

	CurrentConfiguration(EnrolmentRecords enrolment, CatalogueAdministration catalogue, AreaPolicyAdministration policy,
			PolicyExemptions exemptions, JsonMapper json) {
		this.enrolment = enrolment;
		this.catalogue = catalogue;
		this.policy = policy;
		this.exemptions = exemptions;
		this.json = json;
	}

	/** The items of these kinds, in the order of {@link ConfigurationItem#KINDS}. */
	@Transactional(readOnly = true)
	List<Item> of(Collection<String> kinds) {
		List<Item> items = new ArrayList<>();
		for (String kind : ConfigurationItem.KINDS) {
			if (kinds.contains(kind)) {
				items.addAll(of(kind));
			}
		}
		return items;
	}

	private List<Item> of(String kind) {
		return switch (kind) {
			case "employee" -> this.enrolment.employees().stream().map(this::employee).toList();
			case "phone" -> this.enrolment.phones().stream().map(this::phone).toList();
			case "identity" -> this.enrolment.identities().stream().map(this::identity).toList();
			case "flagged-app" -> this.catalogue.list(false).stream().map(this::flaggedApp).toList();
			case "policy" -> policy(this.policy.inTable());
			case "exemption" -> this.exemptions.all()
				.stream()
				.filter((exemption) -> exemption.revokedAt() == null)
				.map(this::exemption)
				.toList();
			default -> throw new IllegalArgumentException("No configuration kind '" + kind + "'");
		};
	}

	private Item employee(EmployeeRecord employee) {
		ObjectNode value = this.json.createObjectNode()
			.put("name", employee.name())
			.put("badgeId", employee.badgeId())
			.put("pinHash", employee.pinHash())
			.put("language", employee.language())
			.put("deactivatedAt", (employee.deactivatedAt() != null) ? employee.deactivatedAt().toString() : null);
		return new Item("employee", String.valueOf(employee.id().value()), value, null);
	}

	private Item phone(PhoneDevices phone) {
		DeviceIds devices = phone.deviceIds();
		ObjectNode value = this.json.createObjectNode()
			.put("employeeId", phone.phone().employeeId().value())
			.put("label", phone.phone().label())
			.put("platform", phone.phone().platform().name())
			.put("serial", devices.serial())
			.put("imei", devices.imei())
			.put("udid", devices.udid())
			.put("mdmId", devices.mdmId());
		return new Item("phone", String.valueOf(phone.phone().id().value()), value, null);
	}

	/** An IRK's value names it by its fingerprint: its key is wrapped per kiosk. */
	private Item identity(IdentityRecord identity) {
		ObjectNode value = this.json.createObjectNode()
			.put("phoneId", identity.phoneId().value())
			.put("kind", identity.kind())
			.put("fingerprint", identity.fingerprint());
		if (identity.text() != null) {
			value.put("value", identity.text());
		}
		return new Item("identity", String.valueOf(identity.id()), value, (identity.irk() != null) ? identity : null);
	}

	private Item flaggedApp(CatalogueEntry entry) {
		ObjectNode value = this.json.valueToTree(entry.app());
		return new Item("flagged-app", entry.app().id(), value, null);
	}

	private List<Item> policy(AreaPolicy now) {
		List<Item> settings = new ArrayList<>();
		for (AreaPolicySetting setting : AreaPolicySetting.values()) {
			settings.add(new Item("policy", setting.key(), this.json.createObjectNode().put("value", setting.text(now)),
					null));
		}
		return settings;
	}

	private Item exemption(Exemption exemption) {
		ObjectNode value = this.json.createObjectNode()
			.put("phoneId", (exemption.phoneId() != null) ? exemption.phoneId().value() : null)
			.put("employeeId", (exemption.employeeId() != null) ? exemption.employeeId().value() : null)
			.put("expiresAt", exemption.expiresAt().toString())
			.put("grantedBy", exemption.grantedBy())
			.put("reason", exemption.reason())
			.put("grantedAt", exemption.grantedAt().toString());
		return new Item("exemption", String.valueOf(exemption.id()), value, null);
	}

}
