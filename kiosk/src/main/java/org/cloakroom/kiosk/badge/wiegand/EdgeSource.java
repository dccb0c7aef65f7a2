package org.cloakroom.kiosk.badge.wiegand;

import java.util.Optional;

/**
 * A Wiegand reader's two lines on one GPIO provider, handing their edges on with times.
 */
interface EdgeSource extends AutoCloseable {

	/**
	 * Opens the lines and hands their edges to {@code edges} until closed; returns at
	 * once.
	 */
	void start(Edges edges);

	/** Why the lines are not being read now; empty while they are. */
	Optional<String> problem();

	@Override
	void close();

}
