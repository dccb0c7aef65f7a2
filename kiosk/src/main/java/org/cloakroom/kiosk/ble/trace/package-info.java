/**
 * Traces: the one-JSON-object-per-line format of recorded advertisements, the
 * {@code replay} backend, recording from any backend, and the generator of labelled
 * evaluation traces.
 */
package org.cloakroom.kiosk.ble.trace;
