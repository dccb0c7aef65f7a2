package org.cloakroom.kiosk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists inside one CSV cell: items separated by {@code |}, the fields of an item by
 * {@code ;}, and a backslash before {@code |}, {@code ;} or {@code \} takes it literally.
 */
final class CellLists {

	private CellLists() {
	}

	/**
	 * The items of a cell, each split into its unescaped fields; none for a blank cell.
	 */
	static List<List<String>> read(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		List<List<String>> items = new ArrayList<>();
		for (String item : split(cell, '|')) {
			if (!item.isBlank()) {
				items.add(split(item, ';').stream().map(CellLists::unescape).map(String::strip).toList());
			}
		}
		return items;
	}

	static String write(List<List<String>> items) {
		return items.stream()
			.map((fields) -> fields.stream().map(CellLists::escape).collect(Collectors.joining(";")))
			.collect(Collectors.joining("|"));
	}

	/** Splits on unescaped separators, keeping the escapes for the next level. */
	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				part.append(c).append(text.charAt(++i));
			}
			else if (c == separator) {
				parts.add(part.toString());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts;
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c == '\\' && i + 1 < text.length()) ? text.charAt(++i) : c);
		}
		return out.toString();
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
	}

}
