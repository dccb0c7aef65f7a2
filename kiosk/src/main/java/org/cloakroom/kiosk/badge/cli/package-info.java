/**
 * {@code badge ...}: the installer's badge reader tools of the field tools
 * ({@code badge listen}).
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.badge.cli;
