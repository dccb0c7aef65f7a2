/**
 * Traces: the one-JSON-object-per-line format of recorded advertisements, the
 * {@code replay} transport, recording from any transport, and the generator of labelled
 * evaluation traces.
 */
package org.cloakroom.kiosk.ble.trace;
