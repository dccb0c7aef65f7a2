/**
 * Central's retention of kiosks' entries: each month of {@code fleet_event} older than
 * {@code cloakroom.fleet.retention} is archived to a gzip JSON-lines file, recorded and
 * audited, and only then its partition dropped.
 */
package org.cloakroom.kiosk.fleet.retention;
