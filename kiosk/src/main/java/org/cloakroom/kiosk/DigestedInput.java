package org.cloakroom.kiosk;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file as it is read: its size and SHA-256 digest, so that an import's audit
 * event can name the exact file in a few bytes instead of repeating its rows.
 */
public final class DigestedInput extends FilterInputStream {

	private final MessageDigest digest;

	private long size;

	public DigestedInput(InputStream in) {
		super(in);
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.digest.update((byte) b);
			this.size++;
		}
		return b;
	}

	@Override
	public int read(byte[] bytes, int from, int length) throws IOException {
		int n = super.read(bytes, from, length);
		if (n > 0) {
			this.digest.update(bytes, from, n);
			this.size += n;
		}
		return n;
	}

	/** Skipped bytes are read, so that the digest still covers them. */
	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	/**
	 * Does not close the upload: it belongs to the caller (the request), and a parser
	 * that closes what it reads must not keep {@link #finish()} from reading the rest.
	 */
	@Override
	public void close() {
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** Reads what the parser left unread, so that the digest covers the whole file. */
	public DigestedInput finish() {
		try {
			transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public long size() {
		return this.size;
	}

	/** The SHA-256 of the bytes read, in lower-case hex; read to the end first. */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(((MessageDigest) this.digest.clone()).digest());
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
