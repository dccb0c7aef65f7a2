package org.cloakroom.kiosk.audit;

/**
 * A reader of the log that has not read all of it yet, such as the SIEM's forwarder:
 * retention archives and removes no entry from {@link #firstNeeded()} on, so that no
 * entry leaves the kiosk's log before it was forwarded.
 */
@FunctionalInterface
public interface ArchiveHold {

	/** The first sequence this reader still needs; the entries before it may go. */
	long firstNeeded();

}
