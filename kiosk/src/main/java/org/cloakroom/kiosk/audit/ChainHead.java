package org.cloakroom.kiosk.audit;

/** The single row of {@code audit_chain_head}: the last entry the log appended. */
record ChainHead(long lastSequence, String lastHash) {

}
