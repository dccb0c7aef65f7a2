package org.cloakroom.kiosk.audit;

/**
 * An application event that belongs in the audit log. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that made the change: the log
 * appends it synchronously, so nothing commits unaudited. The event's record components
 * become the entry's details (JSON, keys sorted).
 */
public interface AuditableEvent {

	/**
	 * What the event is about: {@code AuditSubject.locker(7)}, recorded as
	 * {@code locker:7}.
	 */
	AuditSubject subject();

	/**
	 * The entry's type, as the event class declares it with {@link AuditType}. Do not
	 * override: the annotation is the one place a type is declared, and the place
	 * {@code AuditEventTypesTest} reads and pins it.
	 */
	default String type() {
		return typeOf(getClass());
	}

	/** Whether security officers must be alerted to this event. */
	default boolean alert() {
		return false;
	}

	/**
	 * The type the given event class declares.
	 * @throws IllegalStateException if it declares none, naming the class
	 */
	static String typeOf(Class<? extends AuditableEvent> eventClass) {
		AuditType declared = eventClass.getAnnotation(AuditType.class);
		if (declared == null) {
			throw new IllegalStateException("Audit event " + eventClass.getName() + " declares no @"
					+ AuditType.class.getSimpleName() + ": annotate it with the type the log records");
		}
		return declared.value();
	}

}
