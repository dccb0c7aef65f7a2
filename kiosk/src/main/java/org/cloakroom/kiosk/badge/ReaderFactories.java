package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

import org.cloakroom.kiosk.wiring.BadgeReaderType;
import org.cloakroom.kiosk.wiring.BadgeReaderWiring;

/**
 * The {@link BadgeReaderFactory}s on the class path, one per reader type, as the kiosk
 * and {@code badge listen} both find them.
 */
public final class ReaderFactories {

	private final Map<BadgeReaderType, BadgeReaderFactory> byType;

	ReaderFactories(Map<BadgeReaderType, BadgeReaderFactory> byType) {
		this.byType = Map.copyOf(byType);
	}

	/** The factories listed in {@code META-INF/services}. */
	public static ReaderFactories load() {
		Map<BadgeReaderType, BadgeReaderFactory> byType = new EnumMap<>(BadgeReaderType.class);
		for (BadgeReaderFactory factory : ServiceLoader.load(BadgeReaderFactory.class)) {
			BadgeReaderFactory other = byType.putIfAbsent(factory.type(), factory);
			if (other != null) {
				throw new IllegalStateException("Two badge reader factories for type " + name(factory.type()) + ": "
						+ other.getClass().getName() + " and " + factory.getClass().getName());
			}
		}
		return new ReaderFactories(byType);
	}

	/** These factories only: for a field tool's tests. */
	public static ReaderFactories of(BadgeReaderFactory... factories) {
		Map<BadgeReaderType, BadgeReaderFactory> byType = new EnumMap<>(BadgeReaderType.class);
		for (BadgeReaderFactory factory : factories) {
			byType.put(factory.type(), factory);
		}
		return new ReaderFactories(byType);
	}

	/**
	 * A reader for {@code wiring}, not started.
	 * @throws IllegalStateException in one sentence naming the reader, its type and the
	 * wiring file when this kiosk has no factory for the type
	 */
	public BadgeReader create(BadgeReaderWiring wiring, ReaderContext context) {
		BadgeReaderFactory factory = this.byType.get(wiring.type());
		if (factory == null) {
			throw new IllegalStateException(missing(wiring, context.wiringFile()));
		}
		return factory.create(wiring, context);
	}

	static String missing(BadgeReaderWiring wiring, Path wiringFile) {
		return "Badge reader '" + wiring.name() + "' in " + wiringFile + " is of type " + name(wiring.type())
				+ ", which this kiosk cannot read: no BadgeReaderFactory for " + name(wiring.type())
				+ " is on its class path";
	}

	static String name(BadgeReaderType type) {
		return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
