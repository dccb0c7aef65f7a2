/**
 * Advertisement decoding: pure functions from AD structures and transport maps to values;
 * malformed parts are counted, never thrown.
 */
package org.cloakroom.kiosk.ble.decode;
