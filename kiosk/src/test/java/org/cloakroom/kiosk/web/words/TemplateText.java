package org.cloakroom.kiosk.web.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.Text;

/**
 * Finds the words a template shows a person without taking them from the message bundles:
 * text nodes and visible attributes outside {@code th:text}, and quoted or {@code |...|}
 * literals inside the expressions of text-bearing {@code th:} attributes. Parses with
 * AttoParser, the parser Thymeleaf itself reads the templates with.
 */
final class TemplateText {

	/** Attributes a person sees or hears (tooltips, screen readers, htmx's dialogs). */
	static final Set<String> VISIBLE = Set.of("title", "placeholder", "alt", "aria-label", "aria-description",
			"aria-placeholder", "aria-roledescription", "label", "hx-confirm", "hx-prompt");

	/**
	 * Attributes whose content replaces the element's: what is inside is a placeholder.
	 */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"data-th-text", "data-th-utext");

	/**
	 * {@code th:} attributes whose value is shown; their literals must be bundle keys.
	 */
	private static final Pattern SHOWN = Pattern
		.compile("(?:data-)?th:(?:text|utext|title|placeholder|alt|aria-label|value|label|hx-confirm|hx-prompt)");

	private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");

	private static final Pattern SUBSTITUTION = Pattern.compile("\\|([^|]*)\\|");

	private static final Pattern EXPRESSION = Pattern.compile("[$#*@~]\\{[^}]*}");

	private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private TemplateText() {
	}

	/** Each hard-coded text as "name:line: what". */
	static List<String> find(String name, String html) {
		Document document;
		try {
			document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(name, html);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Cannot parse " + name, ex);
		}
		List<String> found = new ArrayList<>();
		walk(document, false, found);
		return found.stream().map((one) -> name + ":" + line(html, one) + ": " + one).toList();
	}

	private static void walk(INestableNode parent, boolean replaced, List<String> found) {
		for (Object child : parent.getChildren()) {
			if (child instanceof Text text && !replaced && LETTER.matcher(text.getContent()).find()) {
				found.add("text \"" + text.getContent().strip() + "\"");
			}
			else if (child instanceof Element element) {
				check(element, found);
				boolean script = element.elementNameMatches("script") || element.elementNameMatches("style");
				boolean replacing = element.getAttributeMap().keySet().stream().anyMatch(REPLACING::contains);
				walk(element, replaced || replacing || script, found);
			}
		}
	}

	private static void check(Element element, List<String> found) {
		element.getAttributeMap().forEach((attribute, value) -> {
			String shownValue = (value != null) ? value : "";
			if (visible(element, attribute) && LETTER.matcher(shownValue).find()) {
				found.add("attribute " + attribute + "=\"" + shownValue + "\"");
			}
			if (SHOWN.matcher(attribute).matches()) {
				literals(shownValue).forEach((literal) -> found
					.add("literal '" + literal + "' in " + attribute + "=\"" + shownValue + "\""));
			}
		});
	}

	private static boolean visible(Element element, String attribute) {
		if (VISIBLE.contains(attribute)) {
			return true;
		}
		// an input button shows its value; a <button>'s value is sent, never shown
		String type = String.valueOf(element.getAttributeValue("type"));
		return attribute.equals("value") && element.elementNameMatches("input")
				&& Set.of("submit", "button", "reset").contains(type);
	}

	/** Words written into an expression: quoted or in a |...| substitution. */
	static List<String> literals(String expression) {
		List<String> literals = new ArrayList<>();
		Matcher substitution = SUBSTITUTION.matcher(expression);
		while (substitution.find()) {
			String outside = EXPRESSION.matcher(substitution.group(1)).replaceAll("");
			if (LETTER.matcher(outside).find()) {
				literals.add(substitution.group(1));
			}
		}
		Matcher quoted = QUOTED.matcher(SUBSTITUTION.matcher(expression).replaceAll(""));
		while (quoted.find()) {
			String literal = quoted.group(1);
			// an enum constant compared with, not shown ('UNKNOWN')
			if (LETTER.matcher(literal).find() && !ENUM_NAME.matcher(literal).matches()) {
				literals.add(literal);
			}
		}
		return literals;
	}

	/**
	 * The line of the first place the finding's words occur (AttoParser's DOM keeps no
	 * reliable line numbers).
	 */
	private static int line(String html, String finding) {
		String words = finding.replaceFirst("^(?:text |attribute [^=]+=|literal )[\"']?", "")
			.replaceFirst("[\"'].*$", "");
		int at = Math.max(0, html.indexOf(words));
		return (int) html.substring(0, at).chars().filter((c) -> c == '\n').count() + 1;
	}

}
