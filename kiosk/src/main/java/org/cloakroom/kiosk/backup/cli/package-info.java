/**
 * {@code backup ...}: the backups' field tools (restore a backup into a stopped kiosk,
 * without Spring).
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.backup.cli;
