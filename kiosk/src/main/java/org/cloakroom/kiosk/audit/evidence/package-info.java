/**
 * The evidence bundle's format: writing the zip (events, chain proof, signed checkpoints,
 * public keys, a signed manifest, a README) and verifying one offline.
 */
package org.cloakroom.kiosk.audit.evidence;
