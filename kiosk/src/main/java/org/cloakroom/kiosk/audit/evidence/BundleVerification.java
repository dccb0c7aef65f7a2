package org.cloakroom.kiosk.audit.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.cloakroom.kiosk.audit.CanonicalForm;
import org.cloakroom.kiosk.audit.ChainKey;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.audit.CheckpointKey;

/**
 * Verifies a bundle offline, file by file: the manifest's signature with the trusted key,
 * every file against the manifest, every checkpoint's signature, the chain proof's links
 * from the checkpoint before to the checkpoint after, and each selected entry against its
 * link (and, with the chain key, its own HMAC). Reads the zip as streams, so a bundle of
 * any size verifies in flat memory. Every problem is named (file, line, entry), not only
 * the first, up to {@value #MOST_PROBLEMS}.
 */
public final class BundleVerification {

	private static final int MOST_PROBLEMS = 50;

	private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

	private final ZipFile zip;

	private final Map<String, CheckpointKey> given;

	private final Function<String, Optional<ChainKey>> chainKeys;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, CheckpointKey> trusted = new HashMap<>();

	private final Map<Long, String> checkpointFiles = new HashMap<>();

	private final Map<Long, Checkpoint> checkpoints = new HashMap<>();

	private BundleDescription description;

	private long events;

	private long chainFrom;

	private long chainTo;

	private BundleVerification(ZipFile zip, List<CheckpointKey> given, Function<String, Optional<ChainKey>> chainKeys) {
		this.zip = zip;
		this.given = new LinkedHashMap<>();
		given.forEach((key) -> this.given.put(key.id(), key));
		this.chainKeys = chainKeys;
	}

	/**
	 * @param bundle the zip
	 * @param given the kiosk's public keys to trust; when empty, those in the bundle
	 * @param chainKeys the chain keys by id, to recompute each entry's HMAC; null for
	 * none
	 */
	public static BundleReport verify(Path bundle, List<CheckpointKey> given,
			Function<String, Optional<ChainKey>> chainKeys) {
		try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
			return new BundleVerification(zip, given, chainKeys).run();
		}
		catch (ZipException ex) {
			return new BundleReport(List.of(bundle.getFileName() + ": not a readable zip (" + ex.getMessage() + ")"), 0,
					0, 0, null, null, given.isEmpty(), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + bundle + ": " + ex.getMessage(), ex);
		}
	}

	private BundleReport run() throws IOException {
		this.description = description();
		keys();
		String signingKey = (this.description != null) ? this.description.signingKey() : null;
		CheckpointKey signer = (signingKey != null) ? this.trusted.get(signingKey) : null;
		manifest(signingKey, signer);
		checkpoints();
		chain();
		if (this.description != null && this.description.events() != this.events) {
			problem(BundleFiles.DESCRIPTION + ": says " + this.description.events() + " entries were selected, "
					+ BundleFiles.EVENTS + " holds " + this.events);
		}
		return new BundleReport(this.problems, this.events, this.chainFrom, this.chainTo, signingKey,
				(signer != null) ? signer.fingerprint() : null, this.given.isEmpty(), this.chainKeys != null);
	}

	private BundleDescription description() throws IOException {
		byte[] json = bytes(BundleFiles.DESCRIPTION);
		if (json == null) {
			return null;
		}
		try {
			return EvidenceJson.description(json);
		}
		catch (IllegalArgumentException ex) {
			problem(BundleFiles.DESCRIPTION + ": " + ex.getMessage());
			return null;
		}
	}

	/** The bundle's public keys; the trusted ones are those given, else these. */
	private void keys() throws IOException {
		Map<String, CheckpointKey> inBundle = new HashMap<>();
		for (ZipEntry entry : Collections.list(this.zip.entries())) {
			Matcher name = Pattern.compile(Pattern.quote(BundleFiles.KEYS) + "signing-key-([0-9a-f]+)\\.pem")
				.matcher(entry.getName());
			if (!name.matches()) {
				continue;
			}
			try {
				CheckpointKey key = CheckpointKey.verifying(new String(bytes(entry.getName()), StandardCharsets.UTF_8),
						entry.getName());
				if (!key.id().equals(name.group(1))) {
					problem(entry.getName() + ": holds key " + key.id() + ", not key " + name.group(1)
							+ ": the public key was swapped");
				}
				inBundle.put(name.group(1), key);
			}
			catch (IllegalArgumentException ex) {
				problem(entry.getName() + ": " + ex.getMessage());
			}
		}
		this.trusted.putAll(this.given.isEmpty() ? inBundle : this.given);
	}

	private void manifest(String signingKey, CheckpointKey signer) throws IOException {
		byte[] manifest = bytes(BundleFiles.MANIFEST);
		byte[] signature = bytes(BundleFiles.SIGNATURE);
		if (signingKey == null) {
			problem(BundleFiles.SIGNATURE + ": cannot be checked: " + BundleFiles.DESCRIPTION
					+ " does not name the key that signed it");
		}
		else if (signer == null) {
			problem(BundleFiles.SIGNATURE + ": signed by key " + signingKey + ", " + untrusted(signingKey));
		}
		else if (manifest != null && signature != null && !signer.verifies(manifest, signature)) {
			problem(BundleFiles.SIGNATURE + ": the signature of " + BundleFiles.MANIFEST + " does not verify with key "
					+ signingKey + ": " + BundleFiles.MANIFEST + " or " + BundleFiles.SIGNATURE + " was altered");
		}
		if (manifest == null) {
			return;
		}
		Map<String, String> listed = new LinkedHashMap<>();
		List<String> lines = new String(manifest, StandardCharsets.UTF_8).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			Matcher line = MANIFEST_LINE.matcher(lines.get(i));
			if (!line.matches()) {
				problem(BundleFiles.MANIFEST + " line " + (i + 1) + ": not 'SHA256  FILE': " + lines.get(i));
			}
			else if (listed.put(line.group(2), line.group(1)) != null) {
				problem(BundleFiles.MANIFEST + " line " + (i + 1) + ": lists " + line.group(2) + " twice");
			}
		}
		for (Map.Entry<String, String> file : listed.entrySet()) {
			String actual = sha256(file.getKey());
			if (actual == null) {
				problem(file.getKey() + ": listed in " + BundleFiles.MANIFEST + " but missing from the bundle");
			}
			else if (!actual.equals(file.getValue())) {
				problem(file.getKey() + ": altered: its SHA-256 differs from the one " + BundleFiles.MANIFEST
						+ " lists");
			}
		}
		for (ZipEntry entry : Collections.list(this.zip.entries())) {
			String name = entry.getName();
			if (!entry.isDirectory() && !listed.containsKey(name) && !name.equals(BundleFiles.MANIFEST)
					&& !name.equals(BundleFiles.SIGNATURE)) {
				problem(name + ": in the bundle but not listed in " + BundleFiles.MANIFEST + " (added)");
			}
		}
	}

	private void checkpoints() throws IOException {
		for (ZipEntry entry : Collections.list(this.zip.entries())) {
			String name = entry.getName();
			if (!name.startsWith(BundleFiles.CHECKPOINTS) || entry.isDirectory()) {
				continue;
			}
			Checkpoint checkpoint;
			try {
				checkpoint = Checkpoint.parse(name, new String(bytes(name), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				problem(ex.getMessage());
				continue;
			}
			CheckpointKey key = this.trusted.get(checkpoint.signingKey());
			if (key == null) {
				problem(name + ": signed by key " + checkpoint.signingKey() + ", "
						+ untrusted(checkpoint.signingKey()));
			}
			else if (!key.verifies(checkpoint.signedMessage(), signature(checkpoint))) {
				problem(name + ": altered: its signature does not match its content");
			}
			this.checkpoints.put(checkpoint.sequence(), checkpoint);
			this.checkpointFiles.put(checkpoint.sequence(), name);
		}
	}

	/** Walks the chain proof and, beside it, the selected entries. */
	private void chain() throws IOException {
		Checkpoint before = bound((this.description != null) ? this.description.checkpointBefore() : null, "before");
		Checkpoint after = bound((this.description != null) ? this.description.checkpointAfter() : null, "after");
		try (BufferedReader links = reader(BundleFiles.CHAIN); BufferedReader entries = reader(BundleFiles.EVENTS)) {
			if (links == null || entries == null) {
				problem(((links == null) ? BundleFiles.CHAIN : BundleFiles.EVENTS) + ": missing from the bundle");
				return;
			}
			SelectedEntries selected = new SelectedEntries(entries, this::problem, this.chainKeys);
			ChainLink previous = null;
			int number = 0;
			for (String text = links.readLine(); text != null; text = links.readLine()) {
				number++;
				ChainLink link;
				try {
					link = EvidenceJson.link(text);
				}
				catch (IllegalArgumentException ex) {
					problem(BundleFiles.CHAIN + " line " + number + ": " + ex.getMessage());
					previous = null;
					continue;
				}
				if (number == 1) {
					this.chainFrom = link.sequence();
					start(link, before);
				}
				else if (previous != null) {
					follows(number, link, previous);
				}
				Checkpoint checkpoint = this.checkpoints.get(link.sequence());
				if (checkpoint != null && !checkpoint.hash().equals(link.hash())) {
					problem(BundleFiles.CHAIN + " line " + number + " (entry " + link.sequence()
							+ "): its hash differs from the one the signed checkpoint "
							+ this.checkpointFiles.get(link.sequence()) + " names");
				}
				selected.at(link);
				this.chainTo = link.sequence();
				previous = link;
			}
			selected.end();
			this.events = selected.count();
			end(previous, after);
		}
	}

	private void start(ChainLink first, Checkpoint before) {
		String expected = (before != null) ? before.hash() : CanonicalForm.GENESIS_HASH;
		long sequence = (before != null) ? before.sequence() + 1 : 1;
		if (first.sequence() != sequence || !first.previousHash().equals(expected)) {
			problem(BundleFiles.CHAIN + " line 1 (entry " + first.sequence() + "): does not follow "
					+ ((before != null) ? "the checkpoint before, " + this.checkpointFiles.get(before.sequence())
							+ " (entry " + before.sequence() + ")" : "the start of the log (entry 1, 64 zeros)"));
		}
	}

	private void follows(int number, ChainLink link, ChainLink previous) {
		String where = BundleFiles.CHAIN + " line " + number + " (entry " + link.sequence() + "): ";
		if (link.sequence() != previous.sequence() + 1) {
			problem(where + "follows entry " + previous.sequence() + ": " + gap(previous.sequence(), link.sequence()));
		}
		else if (!link.previousHash().equals(previous.hash())) {
			problem(where + "its previous hash is not entry " + previous.sequence()
					+ "'s hash: an entry was altered, inserted or dropped");
		}
	}

	private static String gap(long previous, long next) {
		if (next <= previous) {
			return "out of order or repeated";
		}
		return (next == previous + 2) ? "entry " + (previous + 1) + " is missing"
				: "entries " + (previous + 1) + " to " + (next - 1) + " are missing";
	}

	private void end(ChainLink last, Checkpoint after) {
		if (after == null) {
			return;
		}
		if (last == null || last.sequence() != after.sequence() || !last.hash().equals(after.hash())) {
			problem(BundleFiles.CHAIN + ": ends " + ((last != null) ? "at entry " + last.sequence() : "empty")
					+ ", not at entry " + after.sequence() + " with the hash the checkpoint after, "
					+ this.checkpointFiles.get(after.sequence()) + ", names");
		}
	}

	/** The checkpoint bundle.json names as the proof's bound, if it names one. */
	private Checkpoint bound(String file, String which) {
		if (file == null) {
			if (which.equals("after") && this.description != null) {
				problem(BundleFiles.DESCRIPTION + ": names no checkpoint after the selection");
			}
			return null;
		}
		String name = BundleFiles.checkpoint(file);
		for (Map.Entry<Long, String> checkpoint : this.checkpointFiles.entrySet()) {
			if (checkpoint.getValue().equals(name)) {
				return this.checkpoints.get(checkpoint.getKey());
			}
		}
		problem(BundleFiles.DESCRIPTION + ": the checkpoint " + which + ", " + name + ", is not in the bundle");
		return null;
	}

	private String untrusted(String id) {
		return this.given.isEmpty() ? "whose public key " + BundleFiles.key(id) + " is not in the bundle"
				: "which is not a key given with --public-key (" + String.join(", ", this.given.keySet())
						+ "): the public key was swapped";
	}

	private byte[] bytes(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		try (InputStream in = this.zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

	private BufferedReader reader(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		return (entry != null)
				? new BufferedReader(new InputStreamReader(this.zip.getInputStream(entry), StandardCharsets.UTF_8))
				: null;
	}

	private String sha256(String name) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		MessageDigest digest = BundleWriter.sha256();
		try (InputStream in = this.zip.getInputStream(entry)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		catch (ZipException ex) {
			return "unreadable: " + ex.getMessage();
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static byte[] signature(Checkpoint checkpoint) {
		try {
			return java.util.Base64.getDecoder().decode(checkpoint.signature());
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private void problem(String problem) {
		if (this.problems.size() < MOST_PROBLEMS) {
			this.problems.add(problem);
		}
	}

}
