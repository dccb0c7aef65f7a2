/**
 * The locker bank's wiring as data: validated records read from a YAML file in
 * firmware-config/lockers, with errors that name the file, the line and the field.
 */
package org.cloakroom.kiosk.locker.wiring;
