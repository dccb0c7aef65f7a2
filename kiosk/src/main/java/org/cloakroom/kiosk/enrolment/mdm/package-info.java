/**
 * Readers of MDM inventory files (generic CSV and JSON, Intune, Jamf Pro): bytes to rows
 * with line numbers, or problems with line numbers; they write nothing.
 */
package org.cloakroom.kiosk.enrolment.mdm;
