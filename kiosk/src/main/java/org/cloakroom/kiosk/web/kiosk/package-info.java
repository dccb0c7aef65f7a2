/**
 * The kiosk screen at the door: the pages and the JSON the screen calls, in the words an
 * employee reads.
 */
package org.cloakroom.kiosk.web.kiosk;
