package org.cloakroom.kiosk.locker;

/**
 * The wiring file the kiosk is to run on does not exist: start-up stops with
 * {@link MissingWiringFile}'s sentence (see {@link WiringFileMissingAnalyzer}). Not a
 * {@code RefusedStart}: Spring Boot cannot publish an exit code on a context that failed
 * mid-refresh without logging a stack trace (the kiosk home refuses it earlier, with 78).
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
