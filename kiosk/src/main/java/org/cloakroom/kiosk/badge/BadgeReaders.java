package org.cloakroom.kiosk.badge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cloakroom.kiosk.wiring.BadgeReaderWiring;
import org.cloakroom.kiosk.wiring.BankWiring;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The kiosk's badge readers: one per {@code readers:} entry of the wiring file, built by
 * the factory of its type, and the readers the home adds as beans (the simulation's).
 * Built with the context, so a reader type the kiosk cannot read stops start-up; started
 * once the context is ready (a reader's device missing then is reported in its health,
 * not fatal), closed at shutdown, letting go of their devices.
 */
@Component
class BadgeReaders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BadgeReaders.class);

	private final List<BadgeReader> readers;

	private final BadgeReadDesk desk;

	private volatile boolean running;

	@Autowired
	BadgeReaders(BankWiring wiring, ObjectProvider<BadgeReader> homeReaders, BadgeReadDesk desk, Clock clock,
			BadgeProperties properties, Environment environment) {
		this(wiring, ReaderFactories.load(), homeReaders.orderedStream().toList(), desk,
				context(clock, properties, environment));
	}

	BadgeReaders(BankWiring wiring, ReaderFactories factories, List<BadgeReader> homeReaders, BadgeReadDesk desk,
			ReaderContext context) {
		List<BadgeReader> all = new ArrayList<>();
		for (BadgeReaderWiring reader : wiring.readers()) {
			all.add(factories.create(reader, context));
		}
		all.addAll(homeReaders);
		this.readers = List.copyOf(all);
		this.desk = desk;
	}

	/** The locker module's settings, read as text: this module does not depend on it. */
	private static ReaderContext context(Clock clock, BadgeProperties properties, Environment environment) {
		String provider = environment.getProperty("cloakroom.locker.gpio-provider", "gpiod").toLowerCase(Locale.ROOT);
		Path wiringFile = Path.of(environment.getProperty("cloakroom.locker.wiring-file", "the wiring file"));
		return new ReaderContext(clock, provider, wiringFile, properties.typingGap());
	}

	@Override
	public void start() {
		for (BadgeReader reader : this.readers) {
			reader.start(this.desk);
			log.info("Badge reader {} started: {}", reader.name(), reader.health().detail());
		}
		this.running = true;
	}

	@Override
	public void stop() {
		for (BadgeReader reader : this.readers) {
			try {
				reader.close();
			}
			catch (RuntimeException ex) {
				log.warn("Badge reader {} did not close cleanly", reader.name(), ex);
			}
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	List<BadgeReader> readers() {
		return this.readers;
	}

}
