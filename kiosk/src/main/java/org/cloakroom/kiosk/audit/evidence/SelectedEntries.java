package org.cloakroom.kiosk.audit.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.audit.ChainKey;

/**
 * {@code events.jsonl} read beside the chain proof, both in sequence order: each link
 * marked selected must meet its entry with the same previous hash and hash and content of
 * the digest the link gives (and, with the chain key, a matching HMAC); an entry no
 * selected link meets was inserted, repeated or moved.
 */
final class SelectedEntries {

	private final BufferedReader lines;

	private final Consumer<String> problems;

	private final Function<String, Optional<ChainKey>> chainKeys;

	private AuditEntry next;

	private int number;

	private int nextNumber;

	private long count;

	private long lastSequence;

	SelectedEntries(BufferedReader lines, Consumer<String> problems, Function<String, Optional<ChainKey>> chainKeys)
			throws IOException {
		this.lines = lines;
		this.problems = problems;
		this.chainKeys = chainKeys;
		advance();
	}

	/** The chain proof reached {@code link}. */
	void at(ChainLink link) throws IOException {
		while (this.next != null && this.next.sequence() < link.sequence()) {
			unmatched();
		}
		if (this.next != null && this.next.sequence() == link.sequence()) {
			if (link.marksSelected()) {
				check(this.next, link);
			}
			else {
				this.problems.accept(where() + "is not selected in " + BundleFiles.CHAIN + ": inserted");
			}
			advance();
		}
		else if (link.marksSelected()) {
			this.problems.accept(BundleFiles.EVENTS + " (entry " + link.sequence() + "): missing: " + BundleFiles.CHAIN
					+ " marks entry " + link.sequence() + " selected");
		}
	}

	/** The chain proof ended: entries left are beyond it. */
	void end() throws IOException {
		while (this.next != null) {
			this.problems.accept(where() + "lies beyond the chain proof: inserted");
			advance();
		}
	}

	long count() {
		return this.count;
	}

	private void unmatched() throws IOException {
		this.problems.accept(where() + ((this.next.sequence() <= this.lastSequence)
				? "comes after entry " + this.lastSequence + ": out of order or repeated"
				: "is not in " + BundleFiles.CHAIN + ": inserted"));
		advance();
	}

	private void check(AuditEntry entry, ChainLink link) {
		if (!entry.previousHash().equals(link.previousHash()) || !entry.hash().equals(link.hash())) {
			this.problems.accept(where() + "its previous hash or hash differs from " + BundleFiles.CHAIN);
			return;
		}
		String lines = CanonicalForm.lines(entry);
		if (!CanonicalForm.plainHash(lines).equals(link.contentSha256())) {
			this.problems.accept(
					where() + "altered: its content differs from the contentSha256 " + BundleFiles.CHAIN + " gives it");
		}
		if (entry.keyId() == null) {
			// written before the log was keyed: a plain SHA-256 anyone can recompute
			if (!CanonicalForm.plainHash(lines).equals(entry.hash())) {
				this.problems.accept(where() + "altered: its plain SHA-256 hash does not match its content");
			}
		}
		else if (this.chainKeys != null) {
			Optional<ChainKey> key = this.chainKeys.apply(entry.keyId());
			if (key.isEmpty()) {
				this.problems.accept(where() + "names chain key " + entry.keyId() + ", which --key does not hold");
			}
			else if (!key.get().hash(lines).equals(entry.hash())) {
				this.problems.accept(
						where() + "altered: its HMAC with chain key " + entry.keyId() + " does not match its content");
			}
		}
	}

	private String where() {
		return BundleFiles.EVENTS + " line " + this.number + " (entry " + this.next.sequence() + "): ";
	}

	private void advance() throws IOException {
		if (this.next != null) {
			this.lastSequence = Math.max(this.lastSequence, this.next.sequence());
		}
		this.next = null;
		for (String text = this.lines.readLine(); text != null; text = this.lines.readLine()) {
			this.nextNumber++;
			try {
				this.next = EvidenceJson.entry(text);
				this.number = this.nextNumber;
				this.count++;
				return;
			}
			catch (IllegalArgumentException ex) {
				this.count++;
				this.problems.accept(BundleFiles.EVENTS + " line " + this.nextNumber + ": " + ex.getMessage());
			}
		}
	}

}
