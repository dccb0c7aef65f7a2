package org.cloakroom.kiosk.web.words;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English sentences written as string literals in Java source, where a person would
 * read them: outside annotations (OpenAPI's summaries, for developers), log calls and the
 * messages of exceptions that mean a bug or a bad configuration (never shown: a fault
 * answers 500 naming nothing). A sentence is two or more words of letters in a row;
 * codes, keys, paths, media types and single words are not.
 */
final class JavaText {

	/** Two words in a row: "is required", "The body". */
	static final Pattern WORDS = Pattern.compile("\\p{L}{2,},? +\\p{L}+|\\p{L}+,? +\\p{L}{2,}");

	/** Calls whose literals are for the log or a developer, never a person's screen. */
	private static final Pattern NOT_SHOWN = Pattern.compile("(?:\\blog\\.(?:trace|debug|info|warn|error)"
			+ "|new (?:IllegalStateException|IllegalArgumentException|UncheckedIOException|AssertionError"
			+ "|UnsupportedOperationException))\\s*\\($");

	private JavaText() {
	}

	/** Each sentence as "name:line: literal". */
	static List<String> find(String name, String source) {
		List<String> found = new ArrayList<>();
		String code = withoutComments(source);
		List<Integer> quiet = new ArrayList<>();
		int annotationDepth = -1;
		int depth = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '@' && annotationDepth < 0) {
				Matcher annotation = Pattern.compile("@[\\w.]+\\s*\\(").matcher(code).region(i, code.length());
				if (annotation.lookingAt()) {
					annotationDepth = depth;
				}
			}
			else if (c == '(') {
				if (NOT_SHOWN.matcher(code.substring(Math.max(0, i - 60), i + 1)).find()) {
					quiet.add(depth);
				}
				depth++;
			}
			else if (c == ')') {
				depth--;
				if (!quiet.isEmpty() && quiet.get(quiet.size() - 1) == depth) {
					quiet.remove(quiet.size() - 1);
				}
				if (annotationDepth == depth) {
					annotationDepth = -1;
				}
			}
			else if (c == '"') {
				int end = literalEnd(code, i);
				String literal = code.substring(i, end);
				if (annotationDepth < 0 && quiet.isEmpty() && WORDS.matcher(literal).find()) {
					found.add(name + ":" + line(code, i) + ": " + literal.replace("\n", " "));
				}
				i = end - 1;
			}
			else if (c == '\'') {
				i = code.indexOf('\'', i + ((code.charAt(i + 1) == '\\') ? 3 : 2));
			}
		}
		return found;
	}

	/** The index after the literal (or text block) starting at {@code start}. */
	private static int literalEnd(String code, int start) {
		if (code.startsWith("\"\"\"", start)) {
			return code.indexOf("\"\"\"", start + 3) + 3;
		}
		int i = start + 1;
		while (code.charAt(i) != '"') {
			i += (code.charAt(i) == '\\') ? 2 : 1;
		}
		return i + 1;
	}

	/** Comments blanked out, keeping line breaks so that line numbers stay true. */
	private static String withoutComments(String source) {
		StringBuilder code = new StringBuilder(source);
		for (int i = 0; i < code.length() - 1; i++) {
			char c = code.charAt(i);
			if (c == '"') {
				i = literalEnd(source, i) - 1;
			}
			else if (c == '\'') {
				i = source.indexOf('\'', i + ((source.charAt(i + 1) == '\\') ? 3 : 2));
			}
			else if (c == '/' && code.charAt(i + 1) == '/') {
				for (; i < code.length() && code.charAt(i) != '\n'; i++) {
					code.setCharAt(i, ' ');
				}
			}
			else if (c == '/' && code.charAt(i + 1) == '*') {
				int end = source.indexOf("*/", i + 2) + 2;
				for (; i < end; i++) {
					if (code.charAt(i) != '\n') {
						code.setCharAt(i, ' ');
					}
				}
				i--;
			}
		}
		return code.toString();
	}

	private static int line(String code, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (code.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
