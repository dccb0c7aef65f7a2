/**
 * {@code ble ...}: the radio diagnostics of the field tools (decode, resolve, scan,
 * replay).
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.ble.cli;
