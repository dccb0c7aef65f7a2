/**
 * The locker bank's lines through Pi4J, built explicitly with the named providers (gpiod
 * on a Pi, mock in simulation and tests), and the locker's lock and door as the state
 * machine drives and reads them, on a line, an expander line (locker.expander) or a
 * locker board's channel (locker.board).
 */
package org.cloakroom.kiosk.locker.gpio;
