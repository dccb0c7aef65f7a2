package org.cloakroom.kiosk.web.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the message bundles (as spring-petclinic's i18n
 * test holds its templates to): no hard-coded text in a template, the kiosk's script, the
 * Java of the web edge, or a refusal. The checks are tried on bad examples too, so that a
 * check that can no longer find anything fails here rather than passing everything.
 */
class UserFacingTextTest {

	static final Path MAIN = Path.of("src/main");

	private static final Path JAVA = MAIN.resolve("java");

	/**
	 * Words for no person: OpenAPI's descriptions (documentation for developers, like the
	 * annotations), the live streams' protocol frames and the reasons they log when a
	 * stream closes, and the kiosk's {@code WWW-Authenticate} challenge.
	 */
	private static final Set<String> NOT_FOR_PEOPLE = Set.of("org/cloakroom/kiosk/web/DocumentedRefusals.java",
			"org/cloakroom/kiosk/web/kiosk/BearerChallenge.java", "org/cloakroom/kiosk/web/live/LiveFrame.java",
			"org/cloakroom/kiosk/web/live/LiveFrames.java", "org/cloakroom/kiosk/web/live/LiveStream.java",
			"org/cloakroom/kiosk/web/live/LiveUpdates.java", "org/cloakroom/kiosk/web/live/LiveWatchdog.java");

	/** The reason a live stream that could not start was closed: for the log. */
	private static final String LOG_REASON = "org/cloakroom/kiosk/web/live/LiveStreams.java: \"it could not start (\"";

	/**
	 * Refusal words of the web edge not yet in the bundle: the Tomcat valve's (it answers
	 * outside Spring, before the application sees the request) and the last resort of
	 * {@code JavaTypes}. This list may only shrink: a new finding fails, and so does an
	 * entry that is gone.
	 */
	private static final List<String> NOT_YET_MOVED = List.of("org/cloakroom/kiosk/web/JavaTypes.java: \"a value\"",
			"org/cloakroom/kiosk/web/ProblemReportValve.java: \"' is not a number of bytes\"",
			"org/cloakroom/kiosk/web/ProblemReportValve.java: \"The Content-Length header '\"",
			"org/cloakroom/kiosk/web/ProblemReportValve.java: \"The request is not well-formed HTTP (\"");

	private static final Pattern JS_LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void templatesTakeTheirWordsFromTheBundles() {
		List<String> found = new ArrayList<>();
		for (Path template : files(MAIN.resolve("resources/templates"), ".html")) {
			found.addAll(TemplateText.find(MAIN.relativize(template).toString(), read(template)));
		}
		assertThat(found).as("hard-coded text in templates; use th:text=\"#{key}\" and messages.properties").isEmpty();
	}

	@Test
	void theKiosksScriptTakesItsWordsFromThePage() {
		List<String> found = new ArrayList<>();
		for (Path script : files(MAIN.resolve("resources/static"), ".js")) {
			found.addAll(scriptText(script.getFileName().toString(), read(script)));
		}
		assertThat(found).as("hard-coded text in scripts; pass the words in data-* attributes from the bundle")
			.isEmpty();
	}

	@Test
	void theWebEdgeTakesItsWordsFromTheBundles() {
		Set<String> found = new TreeSet<>();
		for (Path source : files(JAVA.resolve("org/cloakroom/kiosk/web"), ".java")) {
			String name = JAVA.relativize(source).toString();
			if (!NOT_FOR_PEOPLE.contains(name)) {
				// without line numbers, so that the list does not move with every edit
				JavaText.find(name, read(source)).forEach((one) -> found.add(one.replaceFirst(":\\d+: ", ": ")));
			}
		}
		found.remove(LOG_REASON);
		assertThat(found).as("English in the web edge's Java; use a message key and MessageSource")
			.containsExactlyInAnyOrderElementsOf(NOT_YET_MOVED);
	}

	@Test
	void refusalsTakeTheirWordsFromTheBundles() {
		List<String> found = new ArrayList<>();
		for (Path source : RefusalSources.all()) {
			found.addAll(JavaText.find(JAVA.relativize(source).toString(), read(source)));
		}
		assertThat(found).as("English in a refusal; put it in messages/<module>.properties as refusal.<code>")
			.isEmpty();
	}

	@Test
	void theChecksFindHardCodedTextWhereItHides() {
		assertThat(TemplateText.find("bad.html", """
				<p>Hold your badge</p>
				<p th:text="#{kiosk.idle.lead}">placeholder, replaced</p>
				<button th:text="${open} ? 'close door' : #{door.open}">x</button>
				<h1 th:text="|Hello, ${name}|">x</h1>
				<span th:text="${verdict == 'UNKNOWN'} ? #{a} : #{b}">x</span>
				<input type="submit" value="Continue"><button name="carried" value="true" th:text="#{yes}">x</button>
				<img src="a.png" alt="A locker"><a title="Open it" hx-confirm="Sure?" th:text="#{x}">x</a>
				<script>var words = 'not checked here';</script>
				""")).containsExactly("bad.html:1: text \"Hold your badge\"",
				"bad.html:3: literal 'close door' in th:text=\"${open} ? 'close door' : #{door.open}\"",
				"bad.html:4: literal 'Hello, ${name}' in th:text=\"|Hello, ${name}|\"",
				"bad.html:6: attribute value=\"Continue\"", "bad.html:7: attribute alt=\"A locker\"",
				"bad.html:7: attribute title=\"Open it\"", "bad.html:7: attribute hx-confirm=\"Sure?\"");
		assertThat(JavaText.find("Bad.java", """
				@Operation(summary = "Documentation for developers")
				class Bad {
					// a comment with "quoted words"
					String refused() {
						log.warn("For the log only: {}", "and its arguments too");
						if (broken) {
							throw new IllegalStateException("A bug, never shown");
						}
						return "That PIN is not right" + " attempts left." + "urn:cloakroom:problem:x" + "text/csv";
					}
				}
				""")).containsExactly("Bad.java:9: \"That PIN is not right\"", "Bad.java:9: \" attempts left.\"");
		assertThat(scriptText("bad.js", "el.textContent = left + ' s left'; q('#screen input:not([type=x])');"))
			.containsExactly("bad.js: ' s left'");
	}

	/** Quoted words in a script that are not CSS selectors. */
	private static List<String> scriptText(String name, String script) {
		List<String> found = new ArrayList<>();
		String code = script.replaceAll("(?m)^\\s*//.*$", "");
		Matcher literal = JS_LITERAL.matcher(code);
		while (literal.find()) {
			String text = literal.group();
			boolean selector = text.matches("['\"][#.].*|.*[\\[\\]=:].*");
			if (JavaText.WORDS.matcher(text).find() && !selector && !text.equals("'use strict'")) {
				found.add(name + ": " + text);
			}
		}
		return found;
	}

	static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
