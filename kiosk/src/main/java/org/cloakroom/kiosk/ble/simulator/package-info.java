/**
 * The simulated radio backend: virtual phones that advertise real frames with a noisy,
 * seeded path-loss model to a door and an inside adapter.
 */
package org.cloakroom.kiosk.ble.simulator;
