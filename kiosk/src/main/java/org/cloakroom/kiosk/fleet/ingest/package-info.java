/**
 * Central's side of the fleet: registered kiosks (register, join, revoke), the fleet
 * token's security chain, the ingest of each kiosk's chain by the rules of README's "A
 * central instance" (duplicates counted, gaps and forks alerting), its checkpoints
 * verified, and its lag. Every bean is {@code @CentralHome}; the consoles (module
 * {@code web}: the API and the admin's kiosks page) use
 * {@link org.cloakroom.kiosk.fleet.ingest.RegisteredKiosks}; a configuration pull
 * ({@code fleet.publish}) learns its kiosk and wrapping key here.
 */
@org.springframework.modulith.NamedInterface("ingest")
package org.cloakroom.kiosk.fleet.ingest;
