/**
 * {@code doctor}: checks an installed kiosk (radio, GPIO, wiring, I2C, locker boards,
 * badge readers, secrets, clock, disk, database) as its service would find it, and says
 * per check what to fix.
 */
package org.cloakroom.kiosk.cli.doctor;
