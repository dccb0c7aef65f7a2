/**
 * Locker boards on RS-485 (a Kerong KR-CU16, a Modbus-RTU I/O board) as locks and door
 * sensors beside the Pi's lines: one owner per serial port, polled door states, retries,
 * and a board that stops answering told as a silent controller.
 */
package org.cloakroom.kiosk.locker.board;
