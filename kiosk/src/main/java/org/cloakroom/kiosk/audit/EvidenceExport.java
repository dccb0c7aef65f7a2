package org.cloakroom.kiosk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.audit.evidence.BundleDescription;
import org.cloakroom.kiosk.audit.evidence.BundleExport;
import org.cloakroom.kiosk.audit.evidence.BundleExport.CheckpointFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports evidence bundles: resolves a selection to the entries it holds and the signed
 * checkpoints around them (signing one after them through the {@link Checkpointer} when
 * none follows yet), then streams the zip and records {@link EvidenceExported}. What the
 * bundle holds and proves is in {@code audit/evidence-README.txt}, the README it carries.
 */
@Service
public class EvidenceExport {

	private final AuditTable table;

	private final AuditKeys keys;

	private final Checkpointer checkpointer;

	private final CheckpointDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EvidenceExport(AuditTable table, AuditKeys keys, Checkpointer checkpointer, AuditProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.table = table;
		this.keys = keys;
		this.checkpointer = checkpointer;
		this.directory = new CheckpointDirectory(properties.checkpointDir());
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Resolves the selection, before anything is written.
	 * @throws AuditRefusal if no entry is selected, or no checkpoint can bound them
	 */
	public EvidenceBundle prepare(EvidenceSelection selection) {
		ChainHead head = this.table.head();
		long from = (selection.fromSequence() != null) ? selection.fromSequence() : 1;
		long to = (selection.toSequence() != null) ? Math.min(selection.toSequence(), head.lastSequence())
				: head.lastSequence();
		long[] selected = this.table.firstAndLast(from, to, selection.fromTime(), selection.toTime())
			.orElseThrow(AuditRefusal::evidenceNothingSelected);
		long first = this.table.firstSequence().orElseThrow(AuditRefusal::evidenceNothingSelected);
		List<CheckpointFile> valid = validCheckpoints();
		// the proof starts after a checkpoint whose next entry is still in the database
		Optional<CheckpointFile> before = valid.stream()
			.filter((each) -> each.checkpoint().sequence() < selected[0] && each.checkpoint().sequence() >= first - 1)
			.reduce((earlier, later) -> later);
		if (before.isEmpty() && first > 1) {
			throw AuditRefusal.evidenceNoCheckpointBefore(first);
		}
		CheckpointFile after = valid.stream()
			.filter((each) -> each.checkpoint().sequence() >= selected[1])
			.findFirst()
			.orElseGet(this::signAfter);
		long since = before.map((each) -> each.checkpoint().sequence()).orElse(0L);
		List<CheckpointFile> bounding = new ArrayList<>(valid.stream()
			.filter((each) -> each.checkpoint().sequence() >= since
					&& each.checkpoint().sequence() <= after.checkpoint().sequence())
			.toList());
		if (!bounding.contains(after)) {
			bounding.add(after);
		}
		return new EvidenceBundle(this, selection, selected[0], selected[1], before.orElse(null), after, bounding);
	}

	/** Streams the bundle into {@code out} and records its export by {@code by}. */
	String write(EvidenceBundle bundle, String by, OutputStream out) throws IOException {
		CheckpointKey signing = this.keys.checkpointKey();
		Map<String, CheckpointKey> publicKeys = new LinkedHashMap<>();
		publicKeys.put(signing.id(), signing);
		for (CheckpointFile checkpoint : bundle.checkpoints()) {
			String id = checkpoint.checkpoint().signingKey();
			this.keys.trustedCheckpointKey(id).ifPresent((key) -> publicKeys.putIfAbsent(id, key));
		}
		EvidenceSelection selection = bundle.selection();
		BundleDescription description = new BundleDescription(BundleDescription.FORMAT,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), by, selection.fromTime(), selection.toTime(),
				selection.fromSequence(), selection.toSequence(), 0, bundle.chainFrom(), bundle.chainTo(),
				(bundle.before() != null) ? bundle.before().file() : null, bundle.after().file(), signing.id());
		BundleExport.Written written = BundleExport.write(out, description, selection::selects, this.table::between,
				bundle.checkpoints(), publicKeys.values(), signing::sign);
		this.events.publishEvent(new EvidenceExported(by, selection.fromTime(), selection.toTime(),
				selection.fromSequence(), selection.toSequence(), bundle.firstEntry(), bundle.lastEntry(),
				written.events(), written.manifestSha256()));
		return written.manifestSha256();
	}

	private CheckpointFile signAfter() {
		Checkpointer.Written written = this.checkpointer.signForEvidence()
			.orElseThrow(AuditRefusal::evidenceCannotSign);
		return new CheckpointFile(written.file(), written.checkpoint());
	}

	/** The checkpoint files whose signature a trusted key verifies, oldest first. */
	private List<CheckpointFile> validCheckpoints() {
		return this.directory.readAll()
			.stream()
			.filter((read) -> read.checkpoint() != null && verifies(read.checkpoint()))
			.map((read) -> new CheckpointFile(read.file(), read.checkpoint()))
			.sorted(Comparator.comparingLong((CheckpointFile each) -> each.checkpoint().sequence()))
			.toList();
	}

	private boolean verifies(Checkpoint checkpoint) {
		try {
			byte[] signature = Base64.getDecoder().decode(checkpoint.signature());
			return this.keys.trustedCheckpointKey(checkpoint.signingKey())
				.filter((key) -> key.verifies(checkpoint.signedMessage(), signature))
				.isPresent();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
