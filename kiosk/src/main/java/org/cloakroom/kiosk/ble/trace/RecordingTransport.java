package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;

import org.cloakroom.kiosk.ble.transport.Advertisement;
import org.cloakroom.kiosk.ble.transport.AdvertisementSink;
import org.cloakroom.kiosk.ble.transport.Availability;
import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what any transport hears: the selected transport, whose sink also writes each
 * advertisement to a trace before passing it on. A write that fails is logged once and
 * never stops the advertisement from reaching the pipeline.
 */
public final class RecordingTransport implements Transport {

	private static final Logger logger = LoggerFactory.getLogger(RecordingTransport.class);

	private final Transport recorded;

	private final TraceWriter trace;

	private volatile boolean failing;

	public RecordingTransport(Transport recorded, TraceWriter trace) {
		this.recorded = recorded;
		this.trace = trace;
	}

	@Override
	public String name() {
		return this.recorded.name();
	}

	@Override
	public Availability availability() {
		return this.recorded.availability();
	}

	@Override
	public void start(AdvertisementSink sink) {
		logger.info("Recording what the " + this.recorded.name() + " transport hears to " + this.trace.file());
		this.recorded.start(new AdvertisementSink() {

			@Override
			public void accept(Advertisement advertisement) {
				record(advertisement);
				sink.accept(advertisement);
			}

			@Override
			public void advanceTo(Instant now) {
				sink.advanceTo(now);
			}

		});
	}

	private void record(Advertisement advertisement) {
		try {
			this.trace.write(advertisement, null);
			this.failing = false;
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				logger.error("Cannot record to " + this.trace.file() + "; advertisements still reach the pipeline", ex);
			}
			this.failing = true;
		}
	}

	@Override
	public void stop() {
		this.recorded.stop();
		this.trace.close();
	}

	@Override
	public TransportHealth health() {
		TransportHealth health = this.recorded.health();
		String recording = this.failing ? ", recording FAILING to " : ", recording to ";
		return new TransportHealth(health.scanning(), health.detail() + recording + this.trace.file(),
				health.adapters());
	}

	@Override
	public void poll(Instant now) {
		this.recorded.poll(now);
	}

}
