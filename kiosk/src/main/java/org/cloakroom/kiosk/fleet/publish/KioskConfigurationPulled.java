package org.cloakroom.kiosk.fleet.publish;

/**
 * A kiosk pulled central's configuration: it had applied {@code applied} (null: none) and
 * was given {@code given} (the same when it was current). For the registered kiosk's
 * record (its configuration version and last contact); not audited, as kiosks pull every
 * few minutes.
 */
public record KioskConfigurationPulled(long kiosk, Long applied, long given) {

}
