package org.cloakroom.kiosk.policy;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One rule or catalogue entry that led to a decision. {@code plainWords} is the reason in
 * English as the audit log records it; the rest goes into the audit event in full.
 * {@code wording} is how {@link PlainReasons} says it in another language: never written
 * to the log or the API, so what their events and bodies hold does not change.
 */
public record Reason(String rule, String catalogueEntry, String appId, String source, String plainWords,
		@JsonIgnore Wording wording) {

	/** A reason without a wording of its own: every language reads its plain words. */
	public Reason(String rule, String catalogueEntry, String appId, String source, String plainWords) {
		this(rule, catalogueEntry, appId, source, plainWords, null);
	}

	/**
	 * A message key of {@code messages/policy} and its arguments: text, numbers,
	 * {@link Instant}s (said as date and time in the reader's zone and locale) and
	 * {@link Day}s (said as a date).
	 */
	public record Wording(String key, List<Object> arguments) {

		public Wording {
			arguments = List.copyOf(arguments);
		}

		static Wording of(String key, Object... arguments) {
			return new Wording(key, List.of(arguments));
		}

	}

	/**
	 * An instant said as its day (in the reader's zone), where the time would be noise.
	 */
	public record Day(Instant at) {

	}

}
