package org.cloakroom.kiosk.alert;

import java.util.List;

/**
 * One page of a listing, newest first, and where the next begins.
 *
 * @param nextBefore the {@code before} of the next (older) page; null on the last
 */
public record AlertPage(List<Alert> alerts, Long nextBefore) {

}
