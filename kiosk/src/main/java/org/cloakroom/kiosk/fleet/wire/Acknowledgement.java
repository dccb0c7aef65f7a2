package org.cloakroom.kiosk.fleet.wire;

/**
 * Central's answer to a batch: the sequence up to which it holds the kiosk's chain (the
 * kiosk moves its forwarding cursor there), how many entries were new and how many it
 * already held.
 */
public record Acknowledgement(long acknowledged, int accepted, int duplicates) {

}
