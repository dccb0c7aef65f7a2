/**
 * The flagged-app catalogue, the area policy and the compliance decision for one phone.
 */
package org.cloakroom.kiosk.policy;
