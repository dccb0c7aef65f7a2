/**
 * Centrally: the configuration kiosks pull (employees, phones, identities, catalogue,
 * area policy, exemptions), versioned as it changes, answered as a snapshot or a delta.
 */
package org.cloakroom.kiosk.fleet.publish;
