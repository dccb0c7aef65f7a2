package org.cloakroom.kiosk.audit.evidence;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as a zip straight into a stream, one file after the other, hashing each
 * as it goes: memory stays flat whatever the number of entries. {@link #finish} writes
 * the manifest of those hashes and its signature last.
 */
public final class BundleWriter {

	private final ZipOutputStream zip;

	private final Instant at;

	private final StringBuilder manifest = new StringBuilder();

	/** What a file's content is written by. */
	@FunctionalInterface
	public interface Content {

		void writeTo(Writer out) throws IOException;

	}

	/**
	 * @param out where the zip goes; not closed
	 * @param at the time every file of the zip carries
	 */
	public BundleWriter(OutputStream out, Instant at) {
		this.zip = new ZipOutputStream(unclosable(out), StandardCharsets.UTF_8);
		this.at = at;
	}

	/** Writes a text file (UTF-8) and lists its SHA-256 in the manifest. */
	public void text(String name, Content content) throws IOException {
		MessageDigest sha256 = sha256();
		this.zip.putNextEntry(entry(name));
		Writer out = new BufferedWriter(
				new OutputStreamWriter(new DigestOutputStream(unclosable(this.zip), sha256), StandardCharsets.UTF_8),
				64 * 1024);
		content.writeTo(out);
		out.flush();
		this.zip.closeEntry();
		this.manifest.append(HexFormat.of().formatHex(sha256.digest())).append("  ").append(name).append('\n');
	}

	/**
	 * Writes {@code manifest.txt} and its signature {@code manifest.sig} and ends the
	 * zip.
	 * @param signer signs the manifest's bytes with the kiosk's checkpoint key (Ed25519)
	 * @return the manifest's SHA-256, in hex
	 */
	public String finish(UnaryOperator<byte[]> signer) throws IOException {
		byte[] manifest = this.manifest.toString().getBytes(StandardCharsets.UTF_8);
		this.zip.putNextEntry(entry(BundleFiles.MANIFEST));
		this.zip.write(manifest);
		this.zip.closeEntry();
		this.zip.putNextEntry(entry(BundleFiles.SIGNATURE));
		this.zip.write(signer.apply(manifest));
		this.zip.closeEntry();
		this.zip.finish();
		this.zip.flush();
		return HexFormat.of().formatHex(sha256().digest(manifest));
	}

	private ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(this.at.toEpochMilli());
		return entry;
	}

	/** A stream that a writer or the zip closing must not close: flushed instead. */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This Java runtime offers no SHA-256", ex);
		}
	}

}
