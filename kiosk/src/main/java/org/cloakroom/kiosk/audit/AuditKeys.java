package org.cloakroom.kiosk.audit;

import java.util.Optional;

import org.cloakroom.kiosk.SecretFiles;

import org.springframework.stereotype.Component;

/**
 * The log's two keys, from the secret files (created 0600 on first start): the chain key
 * {@code audit-chain.key} and the checkpoint signing key {@code audit-checkpoint.key}.
 * Retired keys stay in the same directory under their ids ({@code audit-chain-ID.key},
 * {@code audit-checkpoint-ID.key}) and only verify.
 */
@Component
class AuditKeys {

	private final SecretFiles secrets;

	private final ChainKey chainKey;

	private final CheckpointKey checkpointKey;

	AuditKeys(SecretFiles secrets) {
		this.secrets = secrets;
		this.chainKey = ChainKey.parse(secrets.readOrCreate(ChainKey.SECRET, () -> SecretFiles.randomToken(32)),
				secrets.path(ChainKey.SECRET).toString());
		this.checkpointKey = CheckpointKey.parse(secrets.readOrCreate(CheckpointKey.SECRET, CheckpointKey::generate),
				secrets.path(CheckpointKey.SECRET).toString());
	}

	ChainKey chainKey() {
		return this.chainKey;
	}

	CheckpointKey checkpointKey() {
		return this.checkpointKey;
	}

	/** The current chain key, and retired ones by id. */
	ChainKeys chainKeys() {
		return new ChainKeys(this.chainKey, (id) -> (id == null || !id.matches("[0-9a-f]{16}")) ? Optional.empty()
				: this.secrets.read(ChainKey.retiredSecret(id))
					.map((text) -> ChainKey.parse(text, this.secrets.path(ChainKey.retiredSecret(id)).toString()))
					.filter((key) -> key.id().equals(id)));
	}

	/**
	 * The signing key {@code id} whose checkpoints count: the current one or a retired
	 * one.
	 */
	Optional<CheckpointKey> trustedCheckpointKey(String id) {
		if (this.checkpointKey.id().equals(id)) {
			return Optional.of(this.checkpointKey);
		}
		if (id == null || !id.matches("[0-9a-f]{16}")) {
			return Optional.empty();
		}
		return this.secrets.read(CheckpointKey.retiredSecret(id))
			.map((text) -> CheckpointKey.parse(text, this.secrets.path(CheckpointKey.retiredSecret(id)).toString()))
			.filter((key) -> key.id().equals(id));
	}

}
