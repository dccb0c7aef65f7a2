package org.cloakroom.kiosk.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.cloakroom.kiosk.policy.FlaggedApp;

/**
 * The names one rendering needs, each looked up once: a timeline of ten thousand lines
 * about one employee asks the directory for that employee's name one time, not ten
 * thousand. Not shared between renderings, so a renamed employee shows in the next one.
 */
final class Names {

	private final NameSource source;

	private final Map<Long, Optional<String>> employees = new HashMap<>();

	private final Map<Long, Optional<String>> phones = new HashMap<>();

	private final Map<Integer, Optional<String>> lockers = new HashMap<>();

	private final Map<String, Optional<FlaggedApp>> apps = new HashMap<>();

	Names(NameSource source) {
		this.source = source;
	}

	Optional<String> employee(long id) {
		return cached(this.employees, id, this.source::employee);
	}

	Optional<String> phone(long id) {
		return cached(this.phones, id, this.source::phone);
	}

	Optional<String> locker(int id) {
		return cached(this.lockers, id, this.source::locker);
	}

	Optional<FlaggedApp> flaggedApp(String id) {
		return cached(this.apps, id, this.source::flaggedApp);
	}

	/** An id the log holds but no module accepts (a retired shape, say) names nothing. */
	private static <K, V> Optional<V> cached(Map<K, Optional<V>> cache, K id, Function<K, Optional<V>> lookup) {
		return cache.computeIfAbsent(id, (key) -> {
			try {
				return lookup.apply(key);
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

}
