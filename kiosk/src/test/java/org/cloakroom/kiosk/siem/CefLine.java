package org.cloakroom.kiosk.siem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CEF line read back as a SIEM would, by the specification: seven header fields split
 * at unescaped {@code |}, then {@code key=value} extensions whose values end where the
 * next key begins. Written apart from {@link CefEntryBody}, so that the two do not share
 * a mistake.
 */
record CefLine(List<String> header, Map<String, String> extensions) {

	static CefLine parse(String line) {
		if (!line.startsWith("CEF:")) {
			throw new IllegalArgumentException("not a CEF line: " + line);
		}
		List<String> header = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 4;
		while (header.size() < 7) {
			if (i >= line.length()) {
				throw new IllegalArgumentException("CEF header ends after " + header.size() + " fields: " + line);
			}
			char c = line.charAt(i++);
			if (c == '\\' && i < line.length()) {
				field.append(line.charAt(i++));
			}
			else if (c == '|') {
				header.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		return new CefLine(List.copyOf(header), extensions(line.substring(i)));
	}

	private static Map<String, String> extensions(String text) {
		List<Integer> equalsSigns = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			}
			else if (text.charAt(i) == '=') {
				equalsSigns.add(i);
			}
		}
		Map<String, String> extensions = new LinkedHashMap<>();
		for (int n = 0; n < equalsSigns.size(); n++) {
			int equals = equalsSigns.get(n);
			int keyStart = text.lastIndexOf(' ', equals) + 1;
			int valueEnd = (n + 1 < equalsSigns.size()) ? text.lastIndexOf(' ', equalsSigns.get(n + 1)) : text.length();
			extensions.put(text.substring(keyStart, equals), unescape(text.substring(equals + 1, valueEnd)));
		}
		return extensions;
	}

	private static String unescape(String value) {
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				plain.append((next == 'n') ? '\n' : (next == 'r') ? '\r' : next);
			}
			else {
				plain.append(c);
			}
		}
		return plain.toString();
	}

}
