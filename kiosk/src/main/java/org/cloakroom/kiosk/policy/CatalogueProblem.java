package org.cloakroom.kiosk.policy;

/**
 * One thing wrong with one entry of a catalogue file or request: where ({@code line}, 1
 * for a CSV header), which entry ({@code entry}, its id when it has one), which
 * {@code field} and {@code value}, and why ({@code message}, which names them too).
 */
public record CatalogueProblem(int line, String entry, String field, String value, String message) {
}
