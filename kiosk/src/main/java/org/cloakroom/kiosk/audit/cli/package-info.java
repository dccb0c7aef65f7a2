/**
 * {@code audit ...}: the audit log's field tools (verify a log offline, without Spring).
 */
@org.springframework.modulith.NamedInterface("cli")
package org.cloakroom.kiosk.audit.cli;
