package org.cloakroom.kiosk.wiring;

/** What tells that a phone is in a locker. */
public enum OccupancyKind {

	/** A microswitch under the tray, pressed by the phone's weight. */
	TRAY_SWITCH,
	/** An infrared break-beam across the shelf, broken by the phone. */
	IR_BEAM

}
