package org.cloakroom.kiosk.settings;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.boot.convert.DurationStyle;

/**
 * A configuration value that is safe to change while the kiosk runs, because every use
 * reads it afresh and nothing is built from it at start: the officers' alert sound (read
 * when a console page loads) and the check-in's waits (read at each check). Each has the
 * property that configures it, the default that property has, and the range the console
 * accepts.
 */
public enum RunTimeSetting {

	/** Whether the officers' console plays a tone when an alert arrives. */
	ALERT_SOUND_ENABLED("cloakroom.alerts.sound.enabled", "true", null, null),
	/** The alert tone's pitch in hertz. */
	ALERT_SOUND_FREQUENCY("cloakroom.alerts.sound.frequency", "880", 100L, 4000L),
	/** How long the alert tone lasts. */
	ALERT_SOUND_DURATION("cloakroom.alerts.sound.duration", "400ms", Duration.ofMillis(50), Duration.ofSeconds(5)),
	/** How long an unfinished check-in is kept. */
	CHECK_IN_TIMEOUT("cloakroom.checkin.timeout", "3m", Duration.ofSeconds(30), Duration.ofHours(1)),
	/** How recent a phone's packet must be for it to count as here at the door. */
	CHECK_IN_SEEN_WITHIN("cloakroom.checkin.seen-within", "30s", Duration.ofSeconds(5), Duration.ofMinutes(5));

	private final String property;

	private final String defaultText;

	private final Object least;

	private final Object most;

	RunTimeSetting(String property, String defaultText, Object least, Object most) {
		this.property = property;
		this.defaultText = defaultText;
		this.least = least;
		this.most = most;
	}

	/** The configuration property it overrides. */
	public String property() {
		return this.property;
	}

	/** The property's default, as configuration writes it. */
	String defaultText() {
		return this.defaultText;
	}

	/** What kind of value it takes: a flag, a whole number or a duration. */
	public String kind() {
		return (this.least == null) ? "flag" : (this.least instanceof Long) ? "number" : "duration";
	}

	/** The least and most it takes, as text; null for a flag. */
	public String least() {
		return (this.least != null) ? format(this.least) : null;
	}

	public String most() {
		return (this.most != null) ? format(this.most) : null;
	}

	/**
	 * @throws SettingsRefusal naming the property, the text and the range
	 */
	Object parse(String text) {
		String value = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		try {
			Object parsed = switch (kind()) {
				case "flag" -> flag(value);
				case "number" -> Long.valueOf(value);
				default -> DurationStyle.detectAndParse(value, ChronoUnit.SECONDS);
			};
			if (this.least != null && (compare(parsed, this.least) < 0 || compare(parsed, this.most) > 0)) {
				throw new IllegalArgumentException(value);
			}
			return parsed;
		}
		catch (RuntimeException ex) {
			throw (this.least == null) ? new SettingsRefusal("run-time-setting-flag", this.property, text)
					: new SettingsRefusal("run-time-setting-range", this.property, text, least(), most());
		}
	}

	/** A value as configuration writes it: {@code true}, {@code 880}, {@code 400ms}. */
	static String format(Object value) {
		if (value instanceof Duration duration) {
			return DurationStyle.SIMPLE.print(duration, unit(duration));
		}
		return String.valueOf(value);
	}

	private static ChronoUnit unit(Duration duration) {
		if (duration.toMillis() % 60_000 == 0) {
			return ChronoUnit.MINUTES;
		}
		return (duration.toMillis() % 1000 == 0) ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
	}

	private static Boolean flag(String value) {
		if (!value.equals("true") && !value.equals("false")) {
			throw new IllegalArgumentException(value);
		}
		return Boolean.valueOf(value);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object one, Object other) {
		return ((Comparable) one).compareTo(other);
	}

}
