/**
 * The security officer's console: the live audit log and its verification.
 */
package org.cloakroom.kiosk.web.officer;
