package org.cloakroom.kiosk;

/**
 * Something that was asked for by id does not exist: a {@link Refusal} of kind
 * {@code NOT_FOUND} whose words ({@code refusal.not-found}) name what and which. A
 * subclass with words of its own (an unknown badge, say) passes its own code.
 */
public class NotFoundException extends Refusal {

	/**
	 * The bundle key under {@code refusal.}: what ({@code {0}}) and which ({@code {1}}).
	 */
	public static final String CODE = "not-found";

	public NotFoundException(String what, Object id) {
		super(Kind.NOT_FOUND, CODE, what, id);
	}

	/** A not-found with words of its own, {@code refusal.<code>}. */
	protected NotFoundException(String code, Object[] arguments) {
		super(Kind.NOT_FOUND, code, arguments);
	}

}
