package org.cloakroom.kiosk.alert;

/** How many alerts are in each status: what the console's header shows. */
public record AlertCounts(long open, long acknowledged, long resolved) {

}
