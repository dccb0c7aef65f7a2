package org.cloakroom.kiosk.ble;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.ble.BleProperties.Backend;
import org.cloakroom.kiosk.ble.BleProperties.RecordProperties;
import org.cloakroom.kiosk.ble.bluez.BluezDbusTransport;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.tinyb.TinybTransport;
import org.cloakroom.kiosk.ble.trace.RecordingTransport;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the pipeline and the one transport that {@code cloakroom.ble.backend} selects.
 * There is no fallback: a transport that this build lacks stops start-up, because a kiosk
 * that silently simulates its radio would report phones that are not there.
 */
@Configuration(proxyBeanMethods = false)
class BleConfiguration {

	@Bean
	BlePipeline blePipeline(EnrolledIdentities enrolled, ObjectProvider<PhoneCalibrations> calibrations,
			BleProperties properties, ApplicationEventPublisher events) {
		// a supplier, not a call: identities load on first use, so start-up order does
		// not
		// matter
		IdentityResolver identities = new IdentityResolver(enrolled::all);
		ProximityTracker proximity = new ProximityTracker(properties.proximity(), properties.placements(),
				properties.adapterOffsets());
		// enrolment keeps the calibrations; a module test without it has none
		return new BlePipeline(identities, proximity, () -> calibrations.getIfAvailable(() -> List::of).all(), events);
	}

	@Bean
	BleScanner bleScanner(BleProperties properties, ObjectProvider<Transport> transports, BlePipeline pipeline,
			Clock clock) {
		Transport selected = select(properties.backend(), transports.orderedStream().toList());
		return new BleScanner(recorded(selected, properties.record()), pipeline, clock);
	}

	/** The transport, recording to {@code cloakroom.ble.record.file} when it is set. */
	static Transport recorded(Transport transport, RecordProperties record) {
		return (record.path() != null) ? new RecordingTransport(transport, new TraceWriter(record.path(), true))
				: transport;
	}

	/**
	 * The real radios: inert until started, so they cost nothing when another transport
	 * is selected.
	 */
	@Bean
	BluezDbusTransport bluezDbusTransport(BleProperties properties, Clock clock) {
		return new BluezDbusTransport(properties.radio(), properties.placements(), clock);
	}

	@Bean
	TinybTransport tinybTransport(BleProperties properties, Clock clock) {
		return new TinybTransport(properties.radio(), properties.placements(), clock);
	}

	static Transport select(Backend backend, List<Transport> transports) {
		if (backend == Backend.AUTO) {
			return TransportChoice.auto(transports);
		}
		String wanted = backend.propertyValue();
		Transport chosen = TransportChoice.named(wanted, transports)
			.orElseThrow(() -> new IllegalStateException("cloakroom.ble.backend is '" + wanted
					+ "', but this build has no such backend (it has " + TransportChoice.names(transports) + ")"));
		Availability availability = chosen.availability();
		if (!availability.usable()) {
			throw new IllegalStateException("cloakroom.ble.backend is '" + wanted + "', but it cannot scan on this "
					+ "machine: " + availability.detail() + ". Mend that, or choose another "
					+ "backend (auto, tinyb, bluez-dbus, replay; simulated runs without a radio).");
		}
		return chosen;
	}

	/** How {@code auto} picks, and what it says about it. */
	static final class TransportChoice {

		private static final Logger logger = LoggerFactory.getLogger(BleConfiguration.class);

		/** Best first: pure Java with duplicate reports, then TinyB's natives. */
		static final List<String> PREFERENCE = List.of(BluezDbusTransport.NAME, TinybTransport.NAME);

		private TransportChoice() {
		}

		static Transport auto(List<Transport> transports) {
			List<String> tried = new ArrayList<>();
			for (String name : PREFERENCE) {
				Optional<Transport> candidate = named(name, transports);
				if (candidate.isEmpty()) {
					tried.add(name + ": not in this build");
					continue;
				}
				Availability availability = candidate.get().availability();
				if (availability.usable()) {
					logger.info("cloakroom.ble.backend is 'auto': using " + name + " ("
							+ (tried.isEmpty() ? "the first choice: pure Java, duplicate reports keep RSSI fresh"
									: "because " + String.join("; ", tried))
							+ "); found " + availability.detail());
					return candidate.get();
				}
				tried.add(name + ": " + availability.detail());
			}
			throw new IllegalStateException("cloakroom.ble.backend is 'auto', but no real BLE backend works on "
					+ "this machine; tried " + String.join("; ", tried) + ". 'auto' never falls back to the "
					+ "simulator: set cloakroom.ble.backend=simulated (the 'simulation' profile does) to run "
					+ "without a radio.");
		}

		static Optional<Transport> named(String name, List<Transport> transports) {
			return transports.stream().filter((transport) -> transport.name().equals(name)).findFirst();
		}

		static String names(List<Transport> transports) {
			return transports.stream().map(Transport::name).collect(Collectors.joining(", "));
		}

	}

}
