package org.cloakroom.kiosk.enrollment.mdm;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, fields optionally in double quotes (a quoted field may
 * hold commas, doubled quotes and line breaks), CRLF or LF. A leading UTF-8 byte-order
 * mark is skipped and blank lines are ignored. Each record keeps the line it starts on.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	record Record(int line, List<String> fields) {
	}

	/**
	 * @throws IllegalArgumentException for bytes that are not UTF-8, or a quote left open
	 * (naming the line it opened on)
	 */
	static List<Record> read(byte[] bytes) {
		String text = utf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean blank = true;
		int line = 1;
		int start = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					line += (c == '\n') ? 1 : 0;
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				blank = false;
				quoteLine = line;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				blank = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				end(records, fields, field, blank, start);
				blank = true;
				line++;
				start = line;
			}
			else {
				field.append(c);
				blank &= Character.isWhitespace(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
		}
		end(records, fields, field, blank, start);
		return records;
	}

	private static void end(List<Record> records, List<String> fields, StringBuilder field, boolean blank, int line) {
		if (!blank) {
			fields.add(field.toString());
			records.add(new Record(line, List.copyOf(fields)));
		}
		fields.clear();
		field.setLength(0);
	}

	private static String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("the file is not UTF-8 text");
		}
	}

}
