package org.cloakroom.kiosk.ble.decode;

/**
 * Google Fast Pair service data (0xFE2C). Exactly three bytes are a model id, sent while
 * discoverable; anything longer is account-key data (flags, a Bloom filter of account
 * keys, a salt), sent while not discoverable. Only one of the two is set, as hex.
 */
public record FastPairFrame(String modelId, String accountKeyData) {
}
