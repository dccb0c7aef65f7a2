package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for every import: bytes that are not UTF-8 are refused naming the line and
 * the byte offset, never replaced by U+FFFD. It reads as it goes, so a large file is
 * never held whole. A leading byte-order mark is skipped.
 */
public final class Utf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	/** Bytes decoded before {@code bytes}' position. */
	private long offset;

	private int line = 1;

	private boolean ended;

	private boolean started;

	private boolean finished;

	public Utf8Reader(InputStream in) {
		this.in = in;
	}

	/**
	 * Bytes that are not UTF-8: the line (from 1) and byte offset (from 0) they start at.
	 */
	public static final class NotUtf8Exception extends IllegalArgumentException {

		private final int line;

		private final long offset;

		NotUtf8Exception(int line, long offset, String bytes) {
			super("byte " + offset + " (" + bytes + ") is not UTF-8; save the file as UTF-8");
			this.line = line;
			this.offset = offset;
		}

		public int line() {
			return this.line;
		}

		public long offset() {
			return this.offset;
		}

	}

	@Override
	public int read(char[] chars, int from, int length) throws IOException {
		if (this.finished) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(chars, from, length);
		while (out.position() == from) {
			int before = this.bytes.position();
			CoderResult result = this.decoder.decode(this.bytes, out, this.ended);
			this.offset += this.bytes.position() - before;
			if (result.isError()) {
				countLines(chars, from, out.position());
				throw notUtf8(result.length());
			}
			if (result.isOverflow()) {
				break;
			}
			if (this.ended) {
				this.decoder.flush(out);
				this.finished = true;
				if (out.position() == from) {
					return -1;
				}
				break;
			}
			fill();
		}
		int end = out.position();
		int start = skipByteOrderMark(chars, from, end);
		countLines(chars, start, end);
		if (start == end) {
			return read(chars, from, length);
		}
		if (start > from) {
			System.arraycopy(chars, start, chars, from, end - start);
		}
		return end - start;
	}

	private int skipByteOrderMark(char[] chars, int from, int end) {
		if (this.started || end == from) {
			return from;
		}
		this.started = true;
		return (chars[from] == '\uFEFF') ? from + 1 : from;
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.ended = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	private void countLines(char[] chars, int from, int to) {
		for (int i = from; i < to; i++) {
			if (chars[i] == '\n') {
				this.line++;
			}
		}
	}

	private NotUtf8Exception notUtf8(int length) {
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < length && this.bytes.position() + i < this.bytes.limit(); i++) {
			hex.append((i == 0) ? "0x" : " 0x")
				.append(String.format("%02X", this.bytes.get(this.bytes.position() + i) & 0xFF));
		}
		return new NotUtf8Exception(this.line, this.offset, hex.toString());
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
