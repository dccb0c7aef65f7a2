package org.cloakroom.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every refusal code a module throws has its words in
 * {@code messages/<module>.properties}, every word there belongs to a code still thrown,
 * and every message is a valid MessageFormat pattern.
 */
class RefusalBundlesTest {

	/** {@code invalid("code"}, {@code conflict("code"}, {@code Kind.X, "code"}. */
	private static final Pattern CODE = Pattern
		.compile("(?:\\b(?:invalid|conflict)\\(|Kind\\.[A-Z_]+,\\s*|String\\s+CODE\\w*\\s*=\\s*)\"([a-z0-9-]+)\"");

	@ParameterizedTest
	@ValueSource(strings = { "enrolment", "policy", "security" })
	void everyCodeHasItsWordsAndEveryWordItsCode(String module) throws IOException {
		Properties bundle = bundle(module);
		Set<String> keys = new TreeSet<>(bundle.stringPropertyNames());
		Set<String> thrown = codesIn(Path.of("src/main/java/org/cloakroom/kiosk", module));

		assertThat(thrown).as("codes thrown in %s", module).isNotEmpty();
		assertThat(keys).as("messages/%s.properties", module)
			.containsExactlyInAnyOrderElementsOf(thrown.stream().map((code) -> "refusal." + code).toList());
		keys.forEach((key) -> assertThatNoException().as(key)
			.isThrownBy(() -> new MessageFormat(bundle.getProperty(key)).format(new Object[] { 1, 2, 3, 4 })));
	}

	@Test
	void noTwoModulesShareACode() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String module : List.of("enrolment", "policy", "security")) {
			for (String key : bundle(module).stringPropertyNames()) {
				assertThat(seen.add(key)).as("%s in messages/%s.properties and another bundle", key, module).isTrue();
			}
		}
	}

	private static Set<String> codesIn(Path sources) throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}

	private static Properties bundle(String module) throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = RefusalBundlesTest.class.getResourceAsStream("/messages/" + module + ".properties")) {
			assertThat(in).as("messages/%s.properties", module).isNotNull();
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return bundle;
	}

}
