/**
 * The central consoles' side of the fleet: a registered kiosk's forwarded entries put on
 * the officers' alerts queue, naming their kiosk.
 */
package org.cloakroom.kiosk.fleet.consoles;
