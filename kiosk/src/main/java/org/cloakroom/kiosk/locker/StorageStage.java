package org.cloakroom.kiosk.locker;

/**
 * Where an active storage is. Not kept with the storage: it is read from the locker
 * holding it, the one owner of that fact.
 */
public enum StorageStage {

	/** The locker is unlocked for the phones and waits for its door to open and close. */
	STORING,
	/** The phones are in the locked locker. */
	STORED,
	/** The locker is unlocked for the phones to be taken back. */
	COLLECTING

}
