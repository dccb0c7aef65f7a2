package org.cloakroom.kiosk.policy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.convert.DurationStyle;

/**
 * One setting of the area policy: its key (the property {@code cloakroom.policy.<key>}
 * and the word the console and the log use), the values it takes, and its value as text
 * the way configuration writes it ({@code ALL_PHONES}, {@code 90d}).
 */
public enum AreaPolicySetting {

	MODE("mode", PolicyProperties.Mode.class), UNENROLLED_PHONES("unenrolled-phones", UnenrolledPhoneAction.class),
	UNENROLLED_INSIDE("unenrolled-inside", UnenrolledInsideAction.class),
	NO_INVENTORY("no-inventory", PolicyProperties.NoInventory.class),
	INVENTORY_MAX_AGE("inventory-max-age", Duration.class),
	STALE_INVENTORY("stale-inventory", PolicyProperties.Action.class),
	OVERDUE_ATTESTATION("overdue-attestation", PolicyProperties.Action.class),
	MDM_INVENTORY("mdm-inventory", PolicyProperties.MdmInventory.class);

	/** The longest inventory-max-age the console accepts: ten years. */
	static final Duration LONGEST_MAX_AGE = Duration.ofDays(3653);

	private final String key;

	private final Class<?> type;

	AreaPolicySetting(String key, Class<?> type) {
		this.key = key;
		this.type = type;
	}

	public String key() {
		return this.key;
	}

	/** The configuration property that gives its starting value. */
	public String property() {
		return "cloakroom.policy." + this.key;
	}

	/** The values it takes, in order; empty for a duration. */
	public List<String> choices() {
		Object[] constants = this.type.getEnumConstants();
		return (constants != null) ? Arrays.stream(constants).map((constant) -> ((Enum<?>) constant).name()).toList()
				: List.of();
	}

	public static Optional<AreaPolicySetting> byKey(String key) {
		return Arrays.stream(values()).filter((setting) -> setting.key.equals(key)).findFirst();
	}

	/** Its value in this policy. */
	Object of(AreaPolicy policy) {
		return switch (this) {
			case MODE -> policy.mode();
			case UNENROLLED_PHONES -> policy.unenrolledPhones();
			case UNENROLLED_INSIDE -> policy.unenrolledInside();
			case NO_INVENTORY -> policy.noInventory();
			case INVENTORY_MAX_AGE -> policy.inventoryMaxAge();
			case STALE_INVENTORY -> policy.staleInventory();
			case OVERDUE_ATTESTATION -> policy.overdueAttestation();
			case MDM_INVENTORY -> policy.mdmInventory();
		};
	}

	/** Its value in this policy as text: {@code ALL_PHONES}, {@code 90d}. */
	public String text(AreaPolicy policy) {
		return format(of(policy));
	}

	/**
	 * @throws PolicyRefusal naming the setting, the text and what it takes
	 */
	Object parse(String text) {
		String value = (text != null) ? text.strip() : "";
		try {
			if (this.type == Duration.class) {
				Duration age = DurationStyle.detectAndParse(value, ChronoUnit.DAYS);
				if (age.isNegative() || age.isZero() || age.compareTo(LONGEST_MAX_AGE) > 0) {
					throw new IllegalArgumentException(value);
				}
				return age;
			}
			String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
			return this.type.getEnumConstants()[choices().indexOf(constant)];
		}
		catch (RuntimeException ex) {
			throw (this.type == Duration.class)
					? PolicyRefusal.invalid("area-policy-duration", this.key, text, LONGEST_MAX_AGE.toDays())
					: PolicyRefusal.invalid("area-policy-choice", this.key, text, String.join(", ", choices()));
		}
	}

	private static String format(Object value) {
		if (value instanceof Duration duration) {
			return (duration.toSeconds() % 86_400 == 0) ? duration.toDays() + "d"
					: DurationStyle.SIMPLE.print(duration, ChronoUnit.SECONDS);
		}
		return ((Enum<?>) value).name();
	}

}
