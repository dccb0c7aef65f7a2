/**
 * The JSON API under {@code /api/v1}, for programs rather than people at a screen:
 * check-ins and collections, enrolment and MDM imports, the catalogue, the area policy,
 * lockers' administration, the audit log and console users. Its refusals are problem
 * details ({@link org.cloakroom.kiosk.web.api.InvalidRequest} for what a request
 * carries).
 */
package org.cloakroom.kiosk.web.api;
