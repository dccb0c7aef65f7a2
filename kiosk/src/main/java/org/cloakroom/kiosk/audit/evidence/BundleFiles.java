package org.cloakroom.kiosk.audit.evidence;

/** The names of the files in an evidence bundle. */
public final class BundleFiles {

	/** What the bundle holds and how to verify it, for a person. */
	public static final String README = "README.txt";

	/** The selected entries, whole, one JSON object a line, in sequence order. */
	public static final String EVENTS = "events.jsonl";

	/**
	 * The chain proof: sequence, previous hash and hash of every entry between the
	 * checkpoints.
	 */
	public static final String CHAIN = "chain.jsonl";

	/**
	 * What was selected, when and by whom, and which checkpoints bound the chain proof.
	 */
	public static final String DESCRIPTION = "bundle.json";

	/** The SHA-256 of every other file, in {@code sha256sum} format. */
	public static final String MANIFEST = "manifest.txt";

	/** The raw Ed25519 signature (64 bytes) of the manifest with the checkpoint key. */
	public static final String SIGNATURE = "manifest.sig";

	static final String CHECKPOINTS = "checkpoints/";

	static final String KEYS = "keys/";

	private BundleFiles() {
	}

	/**
	 * A signed checkpoint's file in the bundle, under its name in the checkpoint
	 * directory.
	 */
	public static String checkpoint(String file) {
		return CHECKPOINTS + file;
	}

	/** A signing key's public key in the bundle. */
	public static String key(String id) {
		return KEYS + "signing-key-" + id + ".pem";
	}

}
