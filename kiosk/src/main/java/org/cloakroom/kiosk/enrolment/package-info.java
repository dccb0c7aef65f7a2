/**
 * Employees, their phones, the phones' BLE identities and app inventories.
 */
package org.cloakroom.kiosk.enrolment;
