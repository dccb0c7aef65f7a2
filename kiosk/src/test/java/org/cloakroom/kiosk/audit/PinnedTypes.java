package org.cloakroom.kiosk.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pinned list of event types: one type a line, {@code retired <type>  # why} for a
 * type no event declares any more, {@code #} comments and blank lines ignored.
 */
record PinnedTypes(Set<String> live, Set<String> retired) {

	private static final String RETIRED = "retired ";

	static PinnedTypes read(String resource) {
		InputStream in = PinnedTypes.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("No " + resource + " on the test class path");
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(resource, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	static PinnedTypes parse(String resource, BufferedReader lines) throws IOException {
		Set<String> live = new LinkedHashSet<>();
		Set<String> retired = new LinkedHashSet<>();
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			String where = resource + " line " + number;
			boolean added;
			if (text.startsWith(RETIRED)) {
				int comment = text.indexOf('#');
				if (comment < 0 || text.substring(comment + 1).isBlank()) {
					throw new IllegalStateException(where + ": a retired type needs a '# why' comment: " + line);
				}
				String type = text.substring(RETIRED.length(), comment).strip();
				added = retired.add(type) && !live.contains(type);
			}
			else {
				added = live.add(text) && !retired.contains(text);
			}
			if (!added) {
				throw new IllegalStateException(where + ": the type is listed twice: " + line);
			}
		}
		return new PinnedTypes(Set.copyOf(live), Set.copyOf(retired));
	}

}
