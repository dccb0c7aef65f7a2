package org.cloakroom.kiosk.ble;

import java.time.Clock;
import java.util.List;

import org.cloakroom.kiosk.ble.BleProperties.Backend;
import org.cloakroom.kiosk.ble.BleProperties.RecordProperties;
import org.cloakroom.kiosk.ble.identity.IdentityResolver;
import org.cloakroom.kiosk.ble.proximity.ProximityTracker;
import org.cloakroom.kiosk.ble.trace.RecordingTransport;
import org.cloakroom.kiosk.ble.trace.TraceWriter;
import org.cloakroom.kiosk.ble.transport.BleTransport;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the pipeline and the one transport that {@code cloakroom.ble.backend} selects.
 * There is no fallback: a backend that this build lacks stops start-up, because a kiosk
 * that silently simulates its radio would report phones that are not there.
 */
@Configuration(proxyBeanMethods = false)
class BleConfiguration {

	@Bean
	BlePipeline blePipeline(EnrolledIdentities enrolled, BleProperties properties, ApplicationEventPublisher events) {
		// a supplier, not a call: identities load on first use, so start-up order does
		// not
		// matter
		IdentityResolver identities = new IdentityResolver(enrolled::all);
		ProximityTracker proximity = new ProximityTracker(properties.proximity(), properties.placements());
		return new BlePipeline(identities, proximity, events);
	}

	@Bean
	BleScanner bleScanner(BleProperties properties, ObjectProvider<BleTransport> transports, BlePipeline pipeline,
			Clock clock) {
		BleTransport selected = select(properties.backend(), transports.orderedStream().toList());
		return new BleScanner(recorded(selected, properties.record()), pipeline, clock);
	}

	/** The transport, recording to {@code cloakroom.ble.record.file} when it is set. */
	static BleTransport recorded(BleTransport transport, RecordProperties record) {
		return (record.file() != null) ? new RecordingTransport(transport, new TraceWriter(record.file(), true))
				: transport;
	}

	static BleTransport select(Backend backend, List<BleTransport> transports) {
		String wanted = backend.propertyValue();
		return transports.stream()
			.filter((transport) -> transport.name().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(missing(backend)));
	}

	private static String missing(Backend backend) {
		String which = (backend == Backend.AUTO) ? "'auto', which picks the TinyB or BlueZ D-Bus backend on a Pi"
				: "'" + backend.propertyValue() + "'";
		return "cloakroom.ble.backend is " + which + ", but that backend arrives with the real-BLE issue; this build "
				+ "has only the 'simulated' backend. Set cloakroom.ble.backend=simulated (the 'simulation' profile "
				+ "does) to run without a radio.";
	}

}
