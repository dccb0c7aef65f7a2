package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cloakroom.kiosk.audit.evidence.BundleExport.CheckpointFile;

/**
 * An evidence bundle resolved and ready to stream: the selection, the first and last
 * entry it holds, and the signed checkpoints before and after them.
 */
public final class EvidenceBundle {

	private final EvidenceExport export;

	private final EvidenceSelection selection;

	private final long firstEntry;

	private final long lastEntry;

	private final CheckpointFile before;

	private final CheckpointFile after;

	private final List<CheckpointFile> checkpoints;

	EvidenceBundle(EvidenceExport export, EvidenceSelection selection, long firstEntry, long lastEntry,
			CheckpointFile before, CheckpointFile after, List<CheckpointFile> checkpoints) {
		this.export = export;
		this.selection = selection;
		this.firstEntry = firstEntry;
		this.lastEntry = lastEntry;
		this.before = before;
		this.after = after;
		this.checkpoints = List.copyOf(checkpoints);
	}

	/** The file name to offer: {@code cloakroom-evidence-FIRST-LAST.zip}. */
	public String fileName() {
		return String.format("cloakroom-evidence-%012d-%012d.zip", this.firstEntry, this.lastEntry);
	}

	/**
	 * Streams the zip into {@code out} (not closed) and records the export.
	 * @param by the console user who exports it
	 * @return the SHA-256 of the bundle's manifest, as {@link EvidenceExported} records
	 * it
	 */
	public String writeTo(OutputStream out, String by) throws IOException {
		return this.export.write(this, by, out);
	}

	EvidenceSelection selection() {
		return this.selection;
	}

	long firstEntry() {
		return this.firstEntry;
	}

	long lastEntry() {
		return this.lastEntry;
	}

	/** The chain proof's first entry: the one after the checkpoint before, or entry 1. */
	long chainFrom() {
		return (this.before != null) ? this.before.checkpoint().sequence() + 1 : 1;
	}

	long chainTo() {
		return this.after.checkpoint().sequence();
	}

	CheckpointFile before() {
		return this.before;
	}

	CheckpointFile after() {
		return this.after;
	}

	List<CheckpointFile> checkpoints() {
		return this.checkpoints;
	}

}
