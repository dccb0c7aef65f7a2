package org.cloakroom.kiosk;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A request the product refuses on purpose: bad input, something that does not exist, or
 * a step the state does not allow. Each module throws its own subclasses; the edge maps
 * the {@link Kind} to an HTTP status and renders the words a person reads from the
 * message bundles under {@code refusal.<code>}, with the arguments in order. The
 * exception's own message is the same words in English, for the log.
 * <p>
 * Anything else thrown inside a request (an {@link IllegalStateException} from a broken
 * invariant, say) is a bug, not a refusal: it answers 500 and is logged with its stack.
 */
public abstract class Refusal extends RuntimeException {

	/** What kind of no this is; the edge decides what it means on the wire. */
	public enum Kind {

		/** The input is malformed or out of range. */
		INVALID,
		/**
		 * Who is asking is not known: nobody signed in, no credential, or a wrong one
		 * (the kiosk's token, say).
		 */
		UNAUTHENTICATED,
		/**
		 * The person may not do this (wrong PIN, a console role without the right, say).
		 */
		NOT_ALLOWED,
		/** What was asked for by id does not exist. */
		NOT_FOUND,
		/** The step does not fit the current state (no free locker, already answered). */
		CONFLICT,
		/** Too many attempts; try again later. */
		TOO_MANY,
		/**
		 * What was asked for existed and is no more: a one-time code used or expired.
		 */
		GONE

	}

	private final Kind kind;

	private final String code;

	private final List<Object> arguments;

	protected Refusal(Kind kind, String code, Object... arguments) {
		super(code);
		this.kind = kind;
		this.code = code;
		// Arrays.asList, not List.of: an argument may be null (a missing value)
		this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
	}

	/**
	 * The English words of {@code refusal.<code>} with the arguments, for the log and the
	 * command line; the edge renders the same words in the person's language.
	 */
	@Override
	public String getMessage() {
		return RefusalText.english(this.code, this.arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * The key under {@code refusal.} in the message bundles; API problems carry it as
	 * {@code code}.
	 */
	public String code() {
		return this.code;
	}

	/** The bundle message's arguments, in order ({@code {0}}, {@code {1}}, ...). */
	public List<Object> arguments() {
		return this.arguments;
	}

	/**
	 * Facts besides the words that a program acts on (the sequence a kiosk should send
	 * from, say), which API problems carry as properties beside {@code code}; none by
	 * default.
	 */
	public Map<String, Object> properties() {
		return Map.of();
	}

}
