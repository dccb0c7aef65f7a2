package org.cloakroom.kiosk.web.words;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The message bundles hold every key the code asks for: each refusal's
 * {@code refusal.<code>}, each {@code #{key}} of the templates and each key the web edge
 * renders; and {@code spring.messages.basename} names exactly the bundle files there are.
 * <p>
 * A refusal's codes are read from the source (the class path cannot tell which codes a
 * constructor is called with): a literal after the kind in {@code super(Kind.X, "code",
 * ...)} or in {@code new X(Kind.Y, "code", ...)} inside the class, a
 * {@code CODE = "code"} constant in the class, or the first argument of
 * {@code new X("code", ...)} anywhere in {@code src/main} for a refusal whose constructor
 * takes the code first. A concrete refusal whose code this cannot see fails the test, so
 * that no refusal slips past it.
 */
class MessageBundlesTest {

	private static final Path JAVA = UserFacingTextTest.MAIN.resolve("java");

	private static final Path MESSAGES = UserFacingTextTest.MAIN.resolve("resources/messages");

	private static final String CODE_SHAPE = "([a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)";

	private static final Pattern SUPER_WITH_CODE = Pattern
		.compile("super\\(\\s*(?:(?:Refusal\\.)?Kind\\.[A-Z_]+\\s*,\\s*)?\"" + CODE_SHAPE + "\"");

	/** A file of a bundle in one language: its base name, then _language(_REGION). */
	private static final Pattern TRANSLATION = Pattern.compile("([\\w-]+?)_[a-z]{2,3}(?:_[A-Z]{2})?\\.properties");

	private static final Pattern CODE_CONSTANT = Pattern.compile("String\\s+CODE\\w*\\s*=\\s*\"" + CODE_SHAPE + "\"");

	@Test
	void everyRefusalsCodeHasWords() {
		Map<String, Set<String>> codes = refusalCodes();
		assertThat(codes.keySet()).as("refusals found").contains("org.cloakroom.kiosk.NotFoundException");
		codes.forEach((refusal, found) -> {
			if (!isAbstract(refusal)) {
				assertThat(found).as("the codes of " + refusal + " (see this test's comment for how to write one)")
					.isNotEmpty();
			}
		});
		Set<String> keys = bundleKeys();
		Set<String> missing = codes.values()
			.stream()
			.flatMap(Set::stream)
			.map((code) -> "refusal." + code)
			.filter((key) -> !keys.contains(key))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(missing).as("refusal codes without words in messages/*.properties").isEmpty();
	}

	@Test
	void everyRefusalsWordsBelongToACodeStillThrownAndFormat() {
		Set<String> thrown = refusalCodes().values()
			.stream()
			.flatMap(Set::stream)
			.map((code) -> "refusal." + code)
			.collect(Collectors.toCollection(TreeSet::new));
		// a code built from a literal prefix, new X("locker-cannot-" + step.code, ...)
		Set<String> prefixes = new TreeSet<>();
		Pattern prefix = Pattern.compile("new\\s+\\w+\\(\\s*\"([a-z][a-z0-9-]*-)\"\\s*\\+");
		UserFacingTextTest.files(JAVA, ".java")
			.forEach((source) -> collect(prefix, UserFacingTextTest.read(source), "refusal.", prefixes));
		bundles().forEach((file, bundle) -> bundle.stringPropertyNames().forEach((key) -> {
			if (key.startsWith("refusal.") && prefixes.stream().noneMatch(key::startsWith)) {
				assertThat(thrown).as("%s in %s: no refusal throws its code", key, file).contains(key);
			}
			assertThatNoException().as("%s in %s", key, file)
				.isThrownBy(() -> new MessageFormat(bundle.getProperty(key), Locale.ENGLISH)
					.format(new Object[] { "1", "2", "3", "4" }));
		}));
	}

	@Test
	void noTwoBundlesShareAKey() {
		Map<String, String> seen = new TreeMap<>();
		bundles().forEach((file, bundle) -> {
			if (!isTranslation(file)) {
				bundle.stringPropertyNames()
					.forEach((key) -> assertThat(seen.put(key, file)).as("%s in %s and another bundle", key, file)
						.isNull());
			}
		});
	}

	/**
	 * A bundle translated into any language ({@code kiosk_es.properties} beside
	 * {@code kiosk.properties}) has every key in every language, and no key only in a
	 * translation.
	 */
	@Test
	void everyTranslatedBundleHasEveryKeyInEveryLanguage() {
		Map<String, Properties> bundles = bundles();
		List<String> translations = bundles.keySet().stream().filter(MessageBundlesTest::isTranslation).toList();
		assertThat(translations).as("the kiosk's translations")
			.contains("kiosk_zh_CN.properties", "kiosk_es.properties");
		for (String translation : translations) {
			String base = baseOf(translation);
			assertThat(bundles).as("the English bundle of %s", translation).containsKey(base);
			assertThat(missingKeys(bundles.get(base), bundles.get(translation)))
				.as("keys of %s missing in %s", base, translation)
				.isEmpty();
			assertThat(missingKeys(bundles.get(translation), bundles.get(base)))
				.as("keys of %s missing in %s", translation, base)
				.isEmpty();
		}
	}

	/** The check above fails naming the key and the file. */
	@Test
	void aKeyMissingInALanguageIsFound() {
		Properties english = new Properties();
		english.setProperty("kiosk.idle.lead", "Hold your badge to the reader");
		english.setProperty("kiosk.done", "Done");
		Properties spanish = new Properties();
		spanish.setProperty("kiosk.idle.lead", "Acerque su tarjeta al lector");
		assertThat(missingKeys(english, spanish)).containsExactly("kiosk.done");
		assertThat(baseOf("kiosk_zh_CN.properties")).isEqualTo("kiosk.properties");
		assertThat(isTranslation("admin-lockers.properties")).isFalse();
	}

	/**
	 * Everything the kiosk screen shows comes from its translated bundle, so it is said
	 * in every kiosk language: no hard-coded text, and no key from an English-only
	 * bundle.
	 */
	@Test
	void theKioskScreenSpeaksOnlyFromItsTranslatedBundle() {
		Map<String, Properties> bundles = bundles();
		for (String name : List.of("kiosk.html", "kiosk-pair.html")) {
			Path template = UserFacingTextTest.MAIN.resolve("resources/templates").resolve(name);
			String html = UserFacingTextTest.read(template);
			assertThat(TemplateText.find(name, html)).as("hard-coded text in %s", name).isEmpty();
			Set<String> used = new TreeSet<>();
			collect(Pattern.compile("#\\{([\\w.-]+)"), html, "", used);
			assertThat(used).as("keys of %s", name).isNotEmpty();
			for (String language : List.of("kiosk.properties", "kiosk_zh_CN.properties", "kiosk_es.properties")) {
				assertThat(used).as("keys of %s without words in %s", name, language)
					.isSubsetOf(bundles.get(language).stringPropertyNames());
			}
		}
		for (String tag : List.of("en", "zh-CN", "es")) {
			assertThat(bundles.get("kiosk.properties").stringPropertyNames()).as("the flag button of " + tag)
				.contains("kiosk.language." + tag);
		}
	}

	private static Set<String> missingKeys(Properties from, Properties in) {
		return from.stringPropertyNames()
			.stream()
			.filter((key) -> !in.containsKey(key))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** {@code kiosk_zh_CN.properties}: a bundle's file for one language. */
	private static boolean isTranslation(String file) {
		return TRANSLATION.matcher(file).matches();
	}

	private static String baseOf(String translation) {
		return TRANSLATION.matcher(translation).replaceFirst("$1.properties");
	}

	@Test
	void everyKeyOfTheTemplatesAndTheWebEdgeHasWords() {
		Set<String> used = new TreeSet<>();
		for (Path template : UserFacingTextTest.files(UserFacingTextTest.MAIN.resolve("resources/templates"),
				".html")) {
			collect(Pattern.compile("#\\{([\\w.-]+)"), UserFacingTextTest.read(template), "", used);
		}
		for (Path source : UserFacingTextTest.files(JAVA.resolve("org/cloakroom/kiosk/web"), ".java")) {
			String code = UserFacingTextTest.read(source);
			collect(Pattern.compile("\\bwords\\(\"([\\w.-]+)\""), code, "", used);
			collect(Pattern.compile("\\bsay\\(\"([\\w.-]+)\""), code, "kiosk.refusal.", used);
		}
		assertThat(used).as("keys in use").contains("kiosk.idle.lead", "problem.internal", "kiosk.refusal.wrong-pin");
		assertThat(used).as("keys without words in messages/*.properties").isSubsetOf(bundleKeys());
	}

	@Test
	void theConfiguredBasenamesAreTheBundleFiles() {
		String yaml = UserFacingTextTest.read(UserFacingTextTest.MAIN.resolve("resources/application.yml"));
		Matcher basename = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)").matcher(yaml);
		assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
		Set<String> configured = new TreeSet<>(Arrays.asList(basename.group(1).split(",")));
		Set<String> files = UserFacingTextTest.files(MESSAGES, ".properties")
			.stream()
			.map((file) -> file.getFileName().toString())
			.map((file) -> isTranslation(file) ? baseOf(file) : file)
			.map((file) -> "messages/" + file.replaceFirst("\\.properties$", ""))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(configured).isEqualTo(files)
			.contains("messages/messages", "messages/checkin", "messages/locker", "messages/enrolment",
					"messages/policy", "messages/security", "messages/audit", "messages/ble", "messages/simulation");
	}

	/** Each refusal class with the codes its source shows. */
	private static Map<String, Set<String>> refusalCodes() {
		Map<String, Set<String>> codes = new TreeMap<>();
		Set<String> codeFirst = new TreeSet<>();
		for (String refusal : RefusalSources.classes()) {
			String source = UserFacingTextTest.read(RefusalSources.source(refusal));
			String simple = refusal.replaceFirst(".*[.$]", "");
			Set<String> found = new TreeSet<>();
			collect(SUPER_WITH_CODE, source, "", found);
			collect(CODE_CONSTANT, source, "", found);
			codes.put(refusal, found);
			if (Pattern.compile("\\b" + simple + "\\(\\s*String code\\b").matcher(source).find()) {
				codeFirst.add(refusal);
			}
		}
		List<Path> sources = UserFacingTextTest.files(JAVA, ".java");
		for (String refusal : codes.keySet()) {
			// a static factory taking the code first, X.invalid("code", ...), or a
			// constructor taking the kind and the code, new X(Kind.Y, "code", ...)
			String simple = refusal.replaceFirst(".*[.$]", "");
			Pattern factory = Pattern.compile("\\b" + simple + "\\.[a-z]\\w*\\(\\s*\"" + CODE_SHAPE + "\"");
			Pattern constructed = Pattern
				.compile("new\\s+" + simple + "\\(\\s*(?:Refusal\\.)?Kind\\.[A-Z_]+\\s*,\\s*\"" + CODE_SHAPE + "\"");
			for (Path source : sources) {
				String text = UserFacingTextTest.read(source);
				collect(factory, text, "", codes.get(refusal));
				collect(constructed, text, "", codes.get(refusal));
			}
		}
		for (String refusal : codeFirst) {
			Pattern call = Pattern
				.compile("new\\s+" + refusal.replaceFirst(".*[.$]", "") + "\\(\\s*\"" + CODE_SHAPE + "\"");
			for (Path source : sources) {
				collect(call, UserFacingTextTest.read(source), "", codes.get(refusal));
			}
		}
		return codes;
	}

	private static void collect(Pattern pattern, String text, String prefix, Set<String> into) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			into.add(prefix + matcher.group(1));
		}
	}

	private static Set<String> bundleKeys() {
		Set<String> keys = new TreeSet<>();
		bundles().values().forEach((bundle) -> keys.addAll(bundle.stringPropertyNames()));
		return keys;
	}

	/** Each bundle file by its name. */
	private static Map<String, Properties> bundles() {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Path bundle : UserFacingTextTest.files(MESSAGES, ".properties")) {
			Properties properties = new Properties();
			try {
				properties.load(new StringReader(UserFacingTextTest.read(bundle)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			bundles.put(bundle.getFileName().toString(), properties);
		}
		return bundles;
	}

	private static boolean isAbstract(String className) {
		return Modifier.isAbstract(ClassUtils.resolveClassName(className, null).getModifiers());
	}

}
