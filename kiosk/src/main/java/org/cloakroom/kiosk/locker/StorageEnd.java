package org.cloakroom.kiosk.locker;

/** How a storage ended; a storage that has not ended has none. */
public enum StorageEnd {

	/** The phones were taken back and the locker is free. */
	COLLECTED,
	/** The phones never went in: the locker was not used in time, or none was free. */
	ABANDONED

}
