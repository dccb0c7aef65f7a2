/**
 * The flagged-app catalogue, the area policy with its exemptions, and the compliance
 * decision for one phone.
 */
package org.cloakroom.kiosk.policy;
