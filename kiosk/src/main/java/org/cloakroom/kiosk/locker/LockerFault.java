package org.cloakroom.kiosk.locker;

/** Why a locker is in FAULT. */
public enum LockerFault {

	/** The door opened while the locker was locked and no unlock was commanded. */
	FORCED,
	/** A sensor changed too often in too short a time. */
	FLAPPING,
	/** At start-up the sensors disagreed with the persisted state. */
	STARTUP_DISAGREEMENT,
	/**
	 * The controller its lock and sensors hang on (an I/O expander, a locker board)
	 * stopped answering: neither its lock nor its door can be trusted until an officer
	 * looks.
	 */
	CONTROLLER_SILENT

}
