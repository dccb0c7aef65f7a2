/**
 * {@code doctor}: checks an installed kiosk (radio, GPIO, I2C, wiring, secrets, clock,
 * disk, database) as its service would find it, and says per check what to fix.
 */
package org.cloakroom.kiosk.cli.doctor;
