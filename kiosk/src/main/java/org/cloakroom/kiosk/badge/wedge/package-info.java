/**
 * USB keyboard-wedge badge readers: the reader's input device read and grabbed through
 * JNA, its key events turned into badge reads.
 */
package org.cloakroom.kiosk.badge.wedge;
