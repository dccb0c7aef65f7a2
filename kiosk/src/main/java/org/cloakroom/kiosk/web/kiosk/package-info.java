/**
 * The kiosk screen, for the employee at the door: the touch screen's page and fragments
 * ({@code /kiosk}), the same conversation as JSON for the screen's own API
 * ({@code /api/v1/kiosk}), and the kiosk's words for each refusal.
 */
package org.cloakroom.kiosk.web.kiosk;
