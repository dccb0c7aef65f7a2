package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.util.Map;

/**
 * The area policy's settings as they stand: the configuration's starting values
 * ({@code cloakroom.policy.*}) with the admin console's changes laid over them. Every
 * decision reads the one current now ({@link AreaPolicyAdministration#current()}).
 *
 * @param mode which phones must be stored: those with a flagged app, or all
 * @param unenrolledPhones what to do about a phone at the door that is not enrolled
 * @param unenrolledInside what to do about a phone that is not enrolled, heard inside
 * @param noInventory the decision for an enrolled phone with no app inventory at all
 * @param inventoryMaxAge how old the newest inventory may be before it is stale
 * @param staleInventory what a stale inventory does to the decision
 * @param overdueAttestation what an overdue attestation does to the decision
 * @param mdmInventory the decision for a phone whose newest inventory is an MDM report
 * without a flagged app
 */
public record AreaPolicy(PolicyProperties.Mode mode, UnenrolledPhoneAction unenrolledPhones,
		UnenrolledInsideAction unenrolledInside, PolicyProperties.NoInventory noInventory, Duration inventoryMaxAge,
		PolicyProperties.Action staleInventory, PolicyProperties.Action overdueAttestation,
		PolicyProperties.MdmInventory mdmInventory) {

	public AreaPolicy {
		if (mode == null || unenrolledPhones == null || unenrolledInside == null || noInventory == null
				|| inventoryMaxAge == null || staleInventory == null || overdueAttestation == null
				|| mdmInventory == null) {
			throw new IllegalArgumentException(
					"The area policy needs every setting, got mode " + mode + ", unenrolled-phones " + unenrolledPhones
							+ ", unenrolled-inside " + unenrolledInside + ", no-inventory " + noInventory
							+ ", inventory-max-age " + inventoryMaxAge + ", stale-inventory " + staleInventory
							+ ", overdue-attestation " + overdueAttestation + ", mdm-inventory " + mdmInventory);
		}
		if (inventoryMaxAge.isNegative() || inventoryMaxAge.isZero()) {
			throw new IllegalArgumentException(
					"The area policy's inventory-max-age must be positive, got " + inventoryMaxAge);
		}
	}

	/**
	 * This policy with some settings changed (values as {@link AreaPolicySetting#parse}).
	 */
	AreaPolicy with(Map<AreaPolicySetting, Object> changes) {
		return new AreaPolicy((PolicyProperties.Mode) value(AreaPolicySetting.MODE, changes),
				(UnenrolledPhoneAction) value(AreaPolicySetting.UNENROLLED_PHONES, changes),
				(UnenrolledInsideAction) value(AreaPolicySetting.UNENROLLED_INSIDE, changes),
				(PolicyProperties.NoInventory) value(AreaPolicySetting.NO_INVENTORY, changes),
				(Duration) value(AreaPolicySetting.INVENTORY_MAX_AGE, changes),
				(PolicyProperties.Action) value(AreaPolicySetting.STALE_INVENTORY, changes),
				(PolicyProperties.Action) value(AreaPolicySetting.OVERDUE_ATTESTATION, changes),
				(PolicyProperties.MdmInventory) value(AreaPolicySetting.MDM_INVENTORY, changes));
	}

	private Object value(AreaPolicySetting setting, Map<AreaPolicySetting, Object> changes) {
		return changes.containsKey(setting) ? changes.get(setting) : setting.of(this);
	}

}
