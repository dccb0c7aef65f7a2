/**
 * Wiegand readers: the falling edges on a reader's D0 and D1 wires, with their times,
 * turned into frames (26- and 34-bit with parity, or raw) and the frames into badge
 * reads.
 */
package org.cloakroom.kiosk.badge.wiegand;
