package org.cloakroom.kiosk.audit;

/** A verification of the whole chain finished (an application event, not audited). */
record ChainVerified(ChainVerification verification) {
}
