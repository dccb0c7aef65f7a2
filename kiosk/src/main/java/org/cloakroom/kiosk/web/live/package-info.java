/**
 * Live updates: each new audit entry goes out after commit, through bounded buffers, as a
 * server-sent event to the officer console and the kiosk screen.
 */
package org.cloakroom.kiosk.web.live;
