package org.cloakroom.kiosk.enrolment.mdm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

import org.cloakroom.kiosk.ImportLimits;

/**
 * One entry of a ZIP, read with caps checked as each block is inflated, not after: at
 * most {@code cloakroom.imports.zip-max-size} bytes, and at most {@code zip-max-ratio}
 * inflated bytes per compressed byte read so far (past the first MiB, so that a small
 * file that compresses well is not refused). A ZIP bomb is refused after inflating a few
 * MiB, whatever it claims in its headers.
 */
final class ZipEntryLimit extends FilterInputStream {

	/** Below this, any ratio is allowed: a small CSV of repeated rows compresses well. */
	private static final long RATIO_FREE_BYTES = 1 << 20;

	private final Counted compressed;

	private final long compressedAtStart;

	private final String name;

	private final long maxBytes;

	private final int maxRatio;

	private long inflated;

	ZipEntryLimit(ZipInputStream zip, Counted compressed, String name, ImportLimits limits) {
		super(zip);
		this.compressed = compressed;
		this.compressedAtStart = compressed.count;
		this.name = name;
		this.maxBytes = limits.zipMaxSize().toBytes();
		this.maxRatio = limits.zipMaxRatio();
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] bytes, int from, int length) throws IOException {
		int n;
		try {
			n = super.read(bytes, from, length);
		}
		catch (IOException ex) {
			throw new Refused(unreadable(ex));
		}
		if (n > 0) {
			this.inflated += n;
			check();
		}
		return n;
	}

	private void check() {
		if (this.inflated > this.maxBytes) {
			throw new Refused(String.format("%s expands past %,d bytes, the most a ZIP's CSV may hold (%s)", this.name,
					this.maxBytes, ImportLimits.PREFIX + "zip-max-size"));
		}
		long packed = Math.max(1, this.compressed.count - this.compressedAtStart);
		if (this.inflated > RATIO_FREE_BYTES && this.inflated > packed * this.maxRatio) {
			throw new Refused(
					String.format("%s expands more than %d times (%,d bytes from %,d): refused as a ZIP bomb (%s)",
							this.name, this.maxRatio, this.inflated, packed, ImportLimits.PREFIX + "zip-max-ratio"));
		}
	}

	@Override
	public void close() {
		// the ZIP stays open for its next entry
	}

	/** What to say about a ZIP that cannot be read; {@code ex}'s message may be null. */
	static String unreadable(IOException ex) {
		String why = ex.getMessage();
		return "the ZIP cannot be read" + ((why != null && !why.isBlank()) ? " (" + why + ")" : "")
				+ ": it is damaged or not a ZIP file";
	}

	/** A ZIP refused as a whole; passes through the CSV reader unchanged. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

	/** Counts the compressed bytes the ZIP reader has taken. */
	static final class Counted extends FilterInputStream {

		private long count;

		Counted(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			this.count += (b >= 0) ? 1 : 0;
			return b;
		}

		@Override
		public int read(byte[] bytes, int from, int length) throws IOException {
			int n = super.read(bytes, from, length);
			this.count += Math.max(n, 0);
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
