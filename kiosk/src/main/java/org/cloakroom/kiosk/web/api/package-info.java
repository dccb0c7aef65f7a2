/**
 * The JSON API under {@code /api/v1}: enrolment, catalogue, policy, lockers, check-ins
 * and the audit log, for admins and scripts.
 */
package org.cloakroom.kiosk.web.api;
