package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A refusal's English words for its own message (the log, the command line, a module's
 * tests): the same {@code refusal.<code>} text the edge renders from the message bundles,
 * so the words are written once. Read from {@code messages/*.properties} on first use.
 */
final class RefusalText {

	private static final String BUNDLES = "classpath*:messages/*.properties";

	/** A translation (policy_zh_CN.properties): not English, so not read here. */
	private static final Pattern TRANSLATION = Pattern.compile(".*_[a-z]{2,3}(_[A-Z]{2})?\\.properties");

	private static volatile Map<String, String> patterns;

	private RefusalText() {
	}

	/**
	 * The words of {@code refusal.<code>}, or the code and arguments when it has none.
	 */
	static String english(String code, List<Object> arguments) {
		String pattern = patterns().get("refusal." + code);
		if (pattern == null) {
			return code + " " + arguments;
		}
		// numbers stay numbers, for {n,choice,...}; the rest print as text
		Object[] printed = arguments.stream()
			.map((argument) -> (argument instanceof Number) ? argument : String.valueOf(argument))
			.toArray();
		try {
			return new MessageFormat(pattern, Locale.ENGLISH).format(printed);
		}
		catch (IllegalArgumentException ex) {
			// A message must never throw: Spring reads it while rolling a transaction
			// back,
			// and a throw there leaves the transaction bound to the thread.
			return code + " " + arguments;
		}
	}

	private static Map<String, String> patterns() {
		Map<String, String> loaded = patterns;
		if (loaded == null) {
			loaded = load();
			patterns = loaded;
		}
		return loaded;
	}

	private static Map<String, String> load() {
		Map<String, String> loaded = new HashMap<>();
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver(RefusalText.class.getClassLoader())
				.getResources(BUNDLES)) {
				if (TRANSLATION.matcher(String.valueOf(bundle.getFilename())).matches()) {
					continue;
				}
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				properties.stringPropertyNames().forEach((key) -> loaded.put(key, properties.getProperty(key)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the message bundles " + BUNDLES, ex);
		}
		return Map.copyOf(loaded);
	}

}
