package org.cloakroom.kiosk.locker;

/** Where a locker sits in its bank and the label on its door, from the wiring file. */
record Place(String label, int row, int column) {

}
