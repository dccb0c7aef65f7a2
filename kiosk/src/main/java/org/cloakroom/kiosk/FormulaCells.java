package org.cloakroom.kiosk;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula, as OWASP recommends: a cell
 * that starts with {@code = + - @}, a tab or a carriage return is written with a leading
 * apostrophe, which spreadsheets show as text. So that reading an exported file gives
 * back exactly what was written, a cell that starts with an apostrophe gets one more, and
 * reading takes one off wherever it stands before one of those characters or another
 * apostrophe.
 */
public final class FormulaCells {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaCells() {
	}

	/** The cell as written to a file: an apostrophe before a formula or an apostrophe. */
	public static String neutralise(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return (isTrigger(cell.charAt(0)) || cell.charAt(0) == '\'') ? "'" + cell : cell;
	}

	/** The cell as it was before {@link #neutralise}; other cells unchanged. */
	public static String restore(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
			return cell;
		}
		char next = cell.charAt(1);
		return (isTrigger(next) || next == '\'') ? cell.substring(1) : cell;
	}

	private static boolean isTrigger(char first) {
		return TRIGGERS.indexOf(first) >= 0;
	}

}
