package org.cloakroom.kiosk.audit.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.CanonicalForm;

/**
 * One line of the chain proof: an entry's place in the chain without its content. A
 * selected entry also carries {@code contentSha256}, the plain SHA-256 of its canonical
 * lines, so that an edit of its copy in {@code events.jsonl} is named by sequence even
 * without the chain key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainLink(long sequence, String previousHash, String hash, Boolean selected, String contentSha256) {

	static ChainLink of(AuditEntry entry, boolean selected) {
		return selected
				? new ChainLink(entry.sequence(), entry.previousHash(), entry.hash(), true,
						CanonicalForm.plainHash(CanonicalForm.lines(entry)))
				: new ChainLink(entry.sequence(), entry.previousHash(), entry.hash(), null, null);
	}

	boolean marksSelected() {
		return Boolean.TRUE.equals(this.selected);
	}

}
