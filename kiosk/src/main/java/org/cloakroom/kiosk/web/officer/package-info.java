/**
 * The officer console, for security officers: the live audit log and the chain check
 * ({@code /officer}). Sign-in, alerts and search arrive with the consoles' issue.
 */
package org.cloakroom.kiosk.web.officer;
