package org.cloakroom.kiosk.audit.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointKey;

/**
 * Writes one bundle: README, the selected entries, the chain proof, the checkpoints, the
 * public keys, the description, the signed manifest. The entries are read page by page
 * twice (once for the selection, once for the proof), so memory stays flat.
 */
public final class BundleExport {

	private static final int PAGE = 2000;

	/** The log's entries after one sequence and up to another, oldest first. */
	@FunctionalInterface
	public interface EntryPages {

		List<AuditEntry> between(long afterSequence, long upTo, int limit);

	}

	/** A signed checkpoint and its file's name in the checkpoint directory. */
	public record CheckpointFile(String file, Checkpoint checkpoint) {
	}

	private BundleExport() {
	}

	/** What was written: how many entries were selected, and the manifest's SHA-256. */
	public record Written(long events, String manifestSha256) {
	}

	/**
	 * Writes the entries first, counting them, so that the README and bundle.json,
	 * written after them, can say how many there are without another pass.
	 * @param description what was selected and which checkpoints bound the proof; its
	 * {@code events} is set to the count of entries {@code selected} accepts
	 * @param selected which entries of the proof's range are selected
	 * @param checkpoints the signed checkpoints from the one before to the one after
	 * @param keys the public keys of the checkpoints' and the manifest's signing keys
	 * @param signer signs the manifest with the key the description names
	 */
	public static Written write(OutputStream out, BundleDescription description, Predicate<AuditEntry> selected,
			EntryPages entries, List<CheckpointFile> checkpoints, Collection<CheckpointKey> keys,
			UnaryOperator<byte[]> signer) throws IOException {
		CheckpointKey signing = keys.stream()
			.filter((key) -> key.id().equals(description.signingKey()))
			.findFirst()
			.orElseThrow(
					() -> new IllegalArgumentException("No public key of the signing key " + description.signingKey()));
		BundleWriter bundle = new BundleWriter(out, description.exportedAt());
		long[] count = { 0 };
		bundle.text(BundleFiles.EVENTS, (text) -> eachEntry(entries, description, (entry) -> {
			if (selected.test(entry)) {
				line(text, EvidenceJson.write(entry));
				count[0]++;
			}
		}));
		bundle.text(BundleFiles.CHAIN, (text) -> eachEntry(entries, description,
				(entry) -> line(text, EvidenceJson.write(ChainLink.of(entry, selected.test(entry))))));
		for (CheckpointFile checkpoint : checkpoints) {
			bundle.text(BundleFiles.checkpoint(checkpoint.file()),
					(text) -> text.write(checkpoint.checkpoint().text()));
		}
		for (CheckpointKey key : keys) {
			bundle.text(BundleFiles.key(key.id()), (text) -> text.write(key.publicPem()));
		}
		BundleDescription counted = description.withEvents(count[0]);
		bundle.text(BundleFiles.README, (text) -> text.write(BundleReadme.of(counted, signing.fingerprint())));
		bundle.text(BundleFiles.DESCRIPTION, (text) -> text.write(EvidenceJson.write(counted) + "\n"));
		return new Written(count[0], bundle.finish(signer));
	}

	/** What is done with each entry; may throw what writing throws. */
	@FunctionalInterface
	private interface EntryAction {

		void accept(AuditEntry entry) throws IOException;

	}

	private static void eachEntry(EntryPages entries, BundleDescription description, EntryAction action)
			throws IOException {
		long after = description.chainFrom() - 1;
		while (after < description.chainTo()) {
			List<AuditEntry> page = entries.between(after, description.chainTo(), PAGE);
			if (page.isEmpty()) {
				throw new IllegalStateException("The audit log holds no entries after " + after + " up to "
						+ description.chainTo() + ", which the evidence bundle's chain proof needs");
			}
			for (AuditEntry entry : page) {
				action.accept(entry);
			}
			after = page.get(page.size() - 1).sequence();
		}
	}

	private static void line(Writer out, String text) throws IOException {
		out.write(text);
		out.write('\n');
	}

}
