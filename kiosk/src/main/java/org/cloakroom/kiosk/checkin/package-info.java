/**
 * The check-in and check-out flows at the door: who is here, which phones must be stored,
 * the storage session from locker reservation to collection.
 */
package org.cloakroom.kiosk.checkin;
