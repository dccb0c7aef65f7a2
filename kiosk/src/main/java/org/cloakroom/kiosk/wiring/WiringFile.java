package org.cloakroom.kiosk.wiring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.cloakroom.kiosk.Utf8Reader;

/**
 * Reads a wiring file's text, refusing before it opens anything that is not a regular
 * file (a FIFO would block the reader, a device never end) or is far larger than any
 * bank, and refusing bytes that are not UTF-8 with their line and byte offset.
 */
final class WiringFile {

	/** Far more than a bank of 100 lockers with comments needs. */
	static final long MAX_BYTES = 1024 * 1024;

	private static final FieldPath FILE = FieldPath.of();

	private WiringFile() {
	}

	/**
	 * @throws UnreadableWiring naming the file and what is wrong with it
	 */
	static String text(Path file) {
		BasicFileAttributes attributes = attributes(file);
		if (!attributes.isRegularFile()) {
			throw new UnreadableWiring(0, FILE,
					"is " + kind(file, attributes) + ", not a regular file; give the wiring file");
		}
		if (attributes.size() > MAX_BYTES) {
			throw new UnreadableWiring(0, FILE,
					"is " + attributes.size() + " bytes, more than the " + MAX_BYTES + " a wiring file may have");
		}
		byte[] bytes = bytes(file);
		StringWriter text = new StringWriter(bytes.length);
		try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
			reader.transferTo(text);
			return text.toString();
		}
		catch (Utf8Reader.NotUtf8Exception ex) {
			throw notUtf8(bytes, ex);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private static BasicFileAttributes attributes(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private static UnreadableWiring unreadable(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return new UnreadableWiring(0, FILE, "does not exist");
		}
		if (ex instanceof AccessDeniedException) {
			return new UnreadableWiring(0, FILE, "cannot be read: permission denied");
		}
		return new UnreadableWiring(0, FILE, "cannot be read: " + ex.getMessage());
	}

	/**
	 * FIFO, directory, device or socket, from the file type bits where the OS has them.
	 */
	private static String kind(Path file, BasicFileAttributes attributes) {
		if (attributes.isDirectory()) {
			return "a directory";
		}
		try {
			int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
			return switch (type) {
				case 0010000 -> "a FIFO (named pipe)";
				case 0020000 -> "a character device";
				case 0060000 -> "a block device";
				case 0140000 -> "a socket";
				default -> "a special file";
			};
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "a special file";
		}
	}

	/** Names the first bad byte, its offset and line, and the field on that line. */
	private static UnreadableWiring notUtf8(byte[] bytes, Utf8Reader.NotUtf8Exception ex) {
		int line = ex.line();
		long offset = ex.offset();
		String lenient = new String(bytes, StandardCharsets.UTF_8);
		FieldPath field = FILE;
		try {
			field = SourceLines.of(WiringReader.MAPPER, lenient).fieldOn(line);
		}
		catch (UnreadableWiring unparsed) {
			// The line and offset still say where; the field is a courtesy.
		}
		return new UnreadableWiring(line, field,
				String.format("is not UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8",
						bytes[(int) offset] & 0xFF, offset));
	}

}
