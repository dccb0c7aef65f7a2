package org.cloakroom.kiosk.audit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive of the log's oldest entries: gzip, JSON lines. The first line is a header
 * ({@code {"archive":1,"from":F,"to":T,"keyedFrom":K,"previousHash":P}}), then one entry
 * per line with every column. Read back, it is walked as the log is, by the same
 * {@link ChainWalk}: its head is its last entry, which a signed checkpoint names.
 */
final class ArchiveFile implements ChainEntries {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final List<AuditEntry> entries;

	private final long keyedFrom;

	private final Optional<ArchivedPrefix> before;

	private ArchiveFile(List<AuditEntry> entries, long keyedFrom, Optional<ArchivedPrefix> before) {
		// in sequence order, as the database answers
		this.entries = entries.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).toList();
		this.keyedFrom = keyedFrom;
		this.before = before;
	}

	/** The sequence of the archive's last entry. */
	long toSequence() {
		return this.entries.isEmpty() ? this.before.map(ArchivedPrefix::toSequence).orElse(0L)
				: this.entries.get(this.entries.size() - 1).sequence();
	}

	/**
	 * Writes entries {@code from} to {@code to} durably (temporary file, synced,
	 * renamed).
	 * @return the file's SHA-256 in hex
	 */
	static String write(Path file, long from, long to, long keyedFrom, String previousHash,
			Consumer<Consumer<AuditEntry>> entries) {
		Path temporary = file.resolveSibling("." + file.getFileName() + ".new");
		try {
			Files.createDirectories(file.getParent());
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				DigestOutputStream digested = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
				GZIPOutputStream gzip = new GZIPOutputStream(digested);
				BufferedWriter out = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
				out.write(JSON.writeValueAsString(new Header(1, from, to, keyedFrom, previousHash)));
				out.write('\n');
				entries.accept((entry) -> {
					try {
						out.write(JSON.writeValueAsString(entry));
						out.write('\n');
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
				out.flush();
				gzip.finish();
				digested.flush();
				channel.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit archive " + file + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java runtime offers no SHA-256", ex);
		}
	}

	/**
	 * Reads an archive.
	 * @throws IllegalArgumentException naming the file and line that is not an archive's
	 */
	static ArchiveFile read(Path file) {
		List<AuditEntry> entries = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			String first = in.readLine();
			Header header;
			try {
				header = JSON.readValue((first != null) ? first : "", Header.class);
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException(file + " line 1: not an audit archive's header");
			}
			int line = 1;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				line++;
				entries.add(entry(file, line, text));
			}
			Optional<ArchivedPrefix> before = (header.from() > 1)
					? Optional.of(new ArchivedPrefix(header.from() - 1, header.previousHash())) : Optional.empty();
			return new ArchiveFile(entries, header.keyedFrom(), before);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(file + " is not a readable gzip archive: " + ex.getMessage(), ex);
		}
	}

	private static AuditEntry entry(Path file, int line, String text) {
		try {
			JsonNode node = JSON.readTree(text);
			return new AuditEntry(node.required("sequence").asLong(), Instant.parse(node.required("at").asString()),
					node.required("type").asString(), node.required("subject").asString(),
					node.required("alert").asBoolean(), node.required("details").asString(),
					node.required("previousHash").asString(), node.required("hash").asString(),
					node.path("keyId").isNull() || node.path("keyId").isMissingNode() ? null
							: node.path("keyId").asString());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + " line " + line + ": not an audit entry: " + ex.getMessage(), ex);
		}
	}

	record Header(int archive, long from, long to, long keyedFrom, String previousHash) {
	}

	@Override
	public ChainHead head() {
		return this.entries.isEmpty() ? new ChainHead(toSequence(), CanonicalForm.GENESIS_HASH)
				: new ChainHead(toSequence(), this.entries.get(this.entries.size() - 1).hash());
	}

	@Override
	public ChainHead lockHead() {
		return head();
	}

	@Override
	public long keyedFrom() {
		return this.keyedFrom;
	}

	@Override
	public Optional<ArchivedPrefix> archived() {
		return this.before;
	}

	@Override
	public List<AuditEntry> firstUpTo(long upTo, int limit) {
		return between(Long.MIN_VALUE, upTo, limit);
	}

	@Override
	public List<AuditEntry> between(long sequence, long upTo, int limit) {
		List<AuditEntry> page = new ArrayList<>();
		for (int i = firstAfter(sequence); i < this.entries.size() && page.size() < limit; i++) {
			if (this.entries.get(i).sequence() > upTo) {
				break;
			}
			page.add(this.entries.get(i));
		}
		return page;
	}

	@Override
	public List<AuditEntry> after(long sequence, int limit) {
		return between(sequence, Long.MAX_VALUE, limit);
	}

	/** The index of the first entry after {@code sequence}: a binary search. */
	private int firstAfter(long sequence) {
		int low = 0;
		int high = this.entries.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.entries.get(middle).sequence() <= sequence) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
