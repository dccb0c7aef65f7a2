/**
 * The locker bank's GPIO through Pi4J, built explicitly with the named providers (gpiod
 * on a Pi, mock in simulation and tests); the only package that imports com.pi4j.
 */
package org.cloakroom.kiosk.locker.gpio;
