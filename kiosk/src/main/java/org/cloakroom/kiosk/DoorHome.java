package org.cloakroom.kiosk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * A bean only a home at a door has: the kiosk and the simulation, every home but central
 * ({@code cloakroom.home}, {@code kiosk} when not set).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnExpression("!'${" + Homes.PROPERTY + ":" + Homes.KIOSK + "}'.equals('" + Homes.CENTRAL + "')")
public @interface DoorHome {

}
