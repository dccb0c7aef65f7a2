package org.cloakroom.kiosk.fleet.wire;

/** A place in a kiosk's chain: an entry's sequence and hash. */
public record ChainPosition(long sequence, String hash) {

}
