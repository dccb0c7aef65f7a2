package org.cloakroom.kiosk.locker;

/**
 * The wiring file the kiosk is to run on does not exist: start-up stops with
 * {@link MissingWiringFile}'s sentence (see {@link WiringFileMissingAnalyzer}).
 */
class WiringFileMissingException extends IllegalStateException {

	private final MissingWiringFile missing;

	WiringFileMissingException(MissingWiringFile missing) {
		super(missing.sentence());
		this.missing = missing;
	}

	String action() {
		return this.missing.action();
	}

}
