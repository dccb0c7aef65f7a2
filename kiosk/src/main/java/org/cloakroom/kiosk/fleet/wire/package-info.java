/**
 * What a kiosk and the central instance send each other over HTTPS, as JSON records: the
 * join, event batches and their acknowledgement, configuration updates, and the refusal
 * codes of the problem details. README, "A central instance", documents the protocol.
 */
package org.cloakroom.kiosk.fleet.wire;
