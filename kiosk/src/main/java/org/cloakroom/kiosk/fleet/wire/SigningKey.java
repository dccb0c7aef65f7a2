package org.cloakroom.kiosk.fleet.wire;

/**
 * A kiosk's checkpoint public key: its id (as the checkpoint files name it) and the
 * {@code signing-key-ID.pem} text.
 */
public record SigningKey(String id, String pem) {

}
