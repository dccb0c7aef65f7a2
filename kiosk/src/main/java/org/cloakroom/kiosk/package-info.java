/**
 * The Cloakroom kiosk application; each direct sub-package is a module verified by Spring
 * Modulith.
 */
package org.cloakroom.kiosk;
