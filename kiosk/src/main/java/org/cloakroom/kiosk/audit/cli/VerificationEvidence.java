package org.cloakroom.kiosk.audit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What a verification of the audit log trusts, as {@code audit verify} and
 * {@code backup restore} take it: the chain key, the checkpoint directory and the
 * checkpoint keys' public keys. A picocli mixin, so both commands name and check it
 * alike.
 */
public final class VerificationEvidence {

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--key", paramLabel = "FILE",
			description = "The chain key (audit-chain.key); without it each entry's own hash is not checked")
	Path key;

	@Option(names = "--checkpoints", paramLabel = "DIR",
			description = "The checkpoint directory, e.g. /var/log/cloakroom/checkpoints")
	Path checkpoints;

	@Option(names = "--public-key", paramLabel = "FILE",
			description = "A signing key's public key (PEM) to trust; default: the signing-key-*.pem beside the checkpoints")
	List<Path> publicKeys = new ArrayList<>();

	/** The chain key file, or null when not given. */
	public Path key() {
		return this.key;
	}

	/** The checkpoint directory, or null when not given. */
	public Path checkpoints() {
		return this.checkpoints;
	}

	/** The public keys to trust; empty when none were given. */
	public List<Path> publicKeys() {
		return this.publicKeys;
	}

	/**
	 * Refuses, as the command's usage error, a key or public key that is not a file and
	 * checkpoints that are not a directory.
	 */
	public void validate() {
		if (this.key != null) {
			existingFile("--key", this.key);
		}
		if (this.checkpoints != null && !Files.isDirectory(this.checkpoints)) {
			throw bad("--checkpoints " + this.checkpoints + " is not a directory");
		}
		for (Path publicKey : this.publicKeys) {
			existingFile("--public-key", publicKey);
		}
	}

	private void existingFile(String option, Path file) {
		if (!Files.isRegularFile(file)) {
			throw bad(option + " " + file + ": no such file");
		}
	}

	private ParameterException bad(String message) {
		return new ParameterException(this.spec.commandLine(), message);
	}

}
