package org.cloakroom.kiosk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean only the central home has ({@code cloakroom.home=central}): the instance on
 * PostgreSQL that kiosks forward their logs to and take their configuration from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnProperty(name = Homes.PROPERTY, havingValue = Homes.CENTRAL)
public @interface CentralHome {

}
