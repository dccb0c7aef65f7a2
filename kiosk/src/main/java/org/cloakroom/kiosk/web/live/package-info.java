/**
 * Live updates for the pages, as server-sent events after each audit entry: a refresh
 * nudge for the kiosk screen, new rows for the officer console, opened and changed alerts
 * (JSON) for the alerts queue. Bounded buffers and asynchronous writes, so that a slow
 * browser never holds up a writer.
 */
package org.cloakroom.kiosk.web.live;
