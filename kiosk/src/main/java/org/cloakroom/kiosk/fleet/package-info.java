/**
 * Many doors, one view (issue 17). On a kiosk: joining a central instance, forwarding the
 * audit log to it (the log is the outbox, read after a forwarding cursor) and pulling its
 * configuration. Centrally: registered kiosks, their join codes and fleet tokens, the
 * ingest of every kiosk's chain (idempotent by kiosk and sequence; gaps and forks alert),
 * and the configuration snapshots and deltas kiosks pull. {@code fleet.wire} is the JSON
 * both sides speak; each side's beans are {@code @DoorHome} or {@code @CentralHome}.
 */
@ApplicationModule(allowedDependencies = { "alert", "audit", "audit :: cli", "enrolment", "policy", "security" })
package org.cloakroom.kiosk.fleet;

import org.springframework.modulith.ApplicationModule;
