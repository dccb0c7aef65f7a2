package org.cloakroom.kiosk;

import java.util.List;

/**
 * A request the product refuses on purpose: bad input, something that does not exist, or
 * a step the state does not allow. Each module throws its own subclasses; the edge maps
 * the {@link Kind} to an HTTP status and renders the words a person reads from the
 * message bundles under {@code refusal.<code>}, with the arguments in order. The
 * exception's own message is for the log; it repeats the code and the arguments.
 * <p>
 * Anything else thrown inside a request (an {@link IllegalStateException} from a broken
 * invariant, say) is a bug, not a refusal: it answers 500 and is logged with its stack.
 */
public abstract class Refusal extends RuntimeException {

	/** What kind of no this is; the edge decides what it means on the wire. */
	public enum Kind {

		/** The input is malformed or out of range. */
		INVALID,
		/** The person may not do this (wrong PIN, say). */
		NOT_ALLOWED,
		/** What was asked for by id does not exist. */
		NOT_FOUND,
		/** The step does not fit the current state (no free locker, already answered). */
		CONFLICT,
		/** Too many attempts; try again later. */
		TOO_MANY

	}

	private final Kind kind;

	private final String code;

	private final List<Object> arguments;

	protected Refusal(Kind kind, String code, Object... arguments) {
		this(code + " " + List.of(arguments), kind, code, arguments);
	}

	/**
	 * With a message for the log and the command line of its own, where callers (and
	 * their tests) already read one; a person at a screen or the API reads the bundle's
	 * words.
	 */
	protected Refusal(String logMessage, Kind kind, String code, Object... arguments) {
		super(logMessage);
		this.kind = kind;
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The key under {@code refusal.} in the message bundles, and the problem's type. */
	public String code() {
		return this.code;
	}

	/** The bundle message's arguments, in order ({@code {0}}, {@code {1}}, ...). */
	public List<Object> arguments() {
		return this.arguments;
	}

}
