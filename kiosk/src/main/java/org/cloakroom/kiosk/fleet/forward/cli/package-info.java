/**
 * {@code fleet ...}: the field tools of a kiosk's membership of central
 * ({@code fleet join}), run without Spring.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.fleet.forward.cli;
