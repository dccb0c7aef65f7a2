package org.cloakroom.kiosk.audit;

/**
 * An application event that belongs in the audit log. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that made the change: the log
 * appends it synchronously, so nothing commits unaudited. The event's record components
 * become the entry's details (JSON, keys sorted).
 */
public interface AuditableEvent {

	/**
	 * What the event is about, as {@code kind:id}: {@code locker:7}, {@code phone:3},
	 * {@code employee:2}, {@code device:<keyed hash>}, {@code kiosk}.
	 */
	String subject();

	/** The entry's type; the event's simple class name unless it says otherwise. */
	default String type() {
		return getClass().getSimpleName();
	}

	/** Whether security officers must be alerted to this event. */
	default boolean alert() {
		return false;
	}

}
