package org.cloakroom.kiosk.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type an {@link AuditableEvent} records in the log. It is declared, not derived from
 * the class name, so that renaming the class leaves old and new entries of the same type
 * and logs stay searchable by it. {@code AuditEventTypesTest} pins every declared type.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditType {

	/** One short line; never changed once the log has recorded it. */
	String value();

}
