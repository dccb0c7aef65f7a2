/**
 * {@code gpio ...}: the installer's tools of the field tools (check a wiring file, test a
 * locker).
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.locker.cli;
