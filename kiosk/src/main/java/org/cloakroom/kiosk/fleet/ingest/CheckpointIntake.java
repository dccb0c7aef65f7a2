package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointKey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Takes a kiosk's checkpoints as a kiosk's own verification does ({@code audit}'s
 * CheckpointCheck): the Ed25519 signature over {@link Checkpoint#signedMessage()} with
 * the kiosk's key the checkpoint names, then its hash against the entry central holds at
 * its sequence, now or when that entry arrives. A contradiction alerts
 * ({@link KioskCheckpointContradicted}) and the checkpoint is not kept.
 */
@Component
@CentralHome
class CheckpointIntake {

	private final CheckpointTable checkpoints;

	private final SigningKeyTable keys;

	private final FleetEventTable events;

	private final ApplicationEventPublisher publisher;

	CheckpointIntake(CheckpointTable checkpoints, SigningKeyTable keys, FleetEventTable events,
			ApplicationEventPublisher publisher) {
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.events = events;
		this.publisher = publisher;
	}

	/**
	 * The batch's checkpoints, taken after its entries were.
	 * @param taken the hashes of the entries this batch appended, by sequence
	 */
	void take(FleetCaller.Kiosk kiosk, List<Checkpoint> sent, Map<Long, String> taken, Instant now) {
		for (int i = 0; i < sent.size(); i++) {
			Checkpoint checkpoint = sent.get(i);
			if (this.checkpoints.holds(kiosk.id(), checkpoint)) {
				continue;
			}
			CheckpointKey key = key(kiosk, checkpoint, i);
			if (!signed(key, checkpoint)) {
				contradicted(kiosk, checkpoint.sequence(), checkpoint.signingKey(), checkpoint.hash(), null, true,
						checkpoint.text());
				continue;
			}
			Optional<String> held = Optional.ofNullable(taken.get(checkpoint.sequence()))
				.or(() -> Optional
					.ofNullable(this.events.hashes(kiosk.id(), checkpoint.sequence(), checkpoint.sequence())
						.get(checkpoint.sequence())));
			if (held.isPresent() && !held.get().equals(checkpoint.hash())) {
				contradicted(kiosk, checkpoint.sequence(), checkpoint.signingKey(), checkpoint.hash(), held.get(),
						false, checkpoint.text());
				continue;
			}
			this.checkpoints.insert(kiosk.id(), checkpoint, held.isPresent() ? now : null);
		}
		if (!taken.isEmpty()) {
			arrived(kiosk, taken, now);
		}
	}

	/** Checkpoints that came before their entries, checked now that they are here. */
	private void arrived(FleetCaller.Kiosk kiosk, Map<Long, String> taken, Instant now) {
		long from = taken.keySet().stream().mapToLong(Long::longValue).min().getAsLong();
		long to = taken.keySet().stream().mapToLong(Long::longValue).max().getAsLong();
		for (CheckpointTable.Pending pending : this.checkpoints.pending(kiosk.id(), from, to)) {
			String held = taken.get(pending.sequence());
			if (held == null) {
				continue;
			}
			if (held.equals(pending.hash())) {
				this.checkpoints.verified(kiosk.id(), pending, now);
			}
			else {
				this.checkpoints.remove(kiosk.id(), pending);
				contradicted(kiosk, pending.sequence(), pending.signingKey(), pending.hash(), held, false,
						pending.text());
			}
		}
	}

	private CheckpointKey key(FleetCaller.Kiosk kiosk, Checkpoint checkpoint, int index) {
		String pem = this.keys.pem(kiosk.id(), checkpoint.signingKey())
			.orElseThrow(() -> FleetRefusal.invalid("checkpoints[" + index + "]",
					"signed by key " + checkpoint.signingKey() + ", which the kiosk never sent among its signingKeys"));
		return CheckpointKey.verifying(pem, "signing key " + checkpoint.signingKey());
	}

	private static boolean signed(CheckpointKey key, Checkpoint checkpoint) {
		try {
			return key.verifies(checkpoint.signedMessage(), Base64.getDecoder().decode(checkpoint.signature()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void contradicted(FleetCaller.Kiosk kiosk, long sequence, String signingKey, String hash, String held,
			boolean signatureFails, String text) {
		this.publisher.publishEvent(new KioskCheckpointContradicted(kiosk.id(), kiosk.name(), kiosk.site(), sequence,
				signingKey, hash, held, signatureFails, text));
	}

}
