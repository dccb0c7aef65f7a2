package org.cloakroom.kiosk.badge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what readers handed it, for tests to wait on and look at. */
public final class RecordingSink implements BadgeReadSink {

	private final List<BadgeRead> reads = new CopyOnWriteArrayList<>();

	private final List<String> rejected = new CopyOnWriteArrayList<>();

	@Override
	public void read(BadgeRead read) {
		this.reads.add(read);
	}

	@Override
	public void rejected(String reader, String reason) {
		this.rejected.add(reader + ": " + reason);
	}

	public List<BadgeRead> reads() {
		return this.reads;
	}

	/** "reader: reason" each. */
	public List<String> rejected() {
		return this.rejected;
	}

}
