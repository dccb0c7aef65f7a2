package org.cloakroom.kiosk.audit;

import java.util.Optional;
import java.util.function.Function;

/**
 * The chain keys a verification may use: the current one (that appends hash with) and
 * retired ones looked up by id. Offline, without a key file, there are none: the links,
 * sequences, head and checkpoints are checked, not the entries' own hashes.
 */
final class ChainKeys {

	private final ChainKey current;

	private final Function<String, Optional<ChainKey>> retired;

	ChainKeys(ChainKey current, Function<String, Optional<ChainKey>> retired) {
		this.current = current;
		this.retired = retired;
	}

	static ChainKeys of(ChainKey key) {
		return new ChainKeys(key, (id) -> Optional.empty());
	}

	static ChainKeys none() {
		return new ChainKeys(null, (id) -> Optional.empty());
	}

	/** Whether entries' own hashes can be checked at all. */
	boolean any() {
		return this.current != null;
	}

	ChainKey current() {
		if (this.current == null) {
			throw new IllegalStateException("No audit chain key is loaded");
		}
		return this.current;
	}

	Optional<ChainKey> byId(String id) {
		if (this.current != null && this.current.id().equals(id)) {
			return Optional.of(this.current);
		}
		return this.retired.apply(id);
	}

}
