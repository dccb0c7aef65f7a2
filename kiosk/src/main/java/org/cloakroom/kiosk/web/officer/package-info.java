/**
 * The officer console, for security officers: the alerts queue ({@code /officer}, the
 * landing page), the live audit log and the chain check ({@code /officer/log}), one
 * controller and template per section in the frame of {@code officer-layout.html}.
 */
package org.cloakroom.kiosk.web.officer;
