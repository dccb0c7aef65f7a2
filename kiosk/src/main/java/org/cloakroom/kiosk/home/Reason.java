package org.cloakroom.kiosk.home;

/**
 * One reason the kiosk home does not start: the sentence an installer reads (what is
 * wrong and what to do) and the command or file that fixes it.
 */
record Reason(String sentence, String action) {

}
