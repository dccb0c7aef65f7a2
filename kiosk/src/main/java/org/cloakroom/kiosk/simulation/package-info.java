/**
 * The simulation home: demo people and phones, the virtual world they walk in, and the
 * control panel's operations. Present only when {@code cloakroom.simulation.enabled} is
 * true.
 */
package org.cloakroom.kiosk.simulation;
