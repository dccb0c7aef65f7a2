package org.cloakroom.kiosk.ble;

import java.time.Clock;
import java.time.Instant;

import org.cloakroom.kiosk.ble.transport.Transport;
import org.cloakroom.kiosk.ble.transport.TransportHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the selected transport into the pipeline while the application runs, and steps
 * time: every 200 ms of the injected clock it lets a clock-driven transport deliver what
 * is due and runs dwell and fading. (Scheduling is off in tests, which step themselves.)
 */
class BleScanner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(BleScanner.class);

	private final Transport transport;

	private final BlePipeline pipeline;

	private final Clock clock;

	private volatile boolean running;

	private volatile boolean tickFailing;

	BleScanner(Transport transport, BlePipeline pipeline, Clock clock) {
		this.transport = transport;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	@Override
	public void start() {
		this.transport.start(this.pipeline);
		this.running = true;
		logger.info("BLE scanning with the " + this.transport.name() + " transport");
	}

	@Override
	public void stop() {
		this.running = false;
		this.transport.stop();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Scheduled(fixedDelay = 200)
	void tick() {
		Instant now = this.clock.instant();
		try {
			this.transport.poll(now);
			this.pipeline.advanceTo(now);
			this.tickFailing = false;
		}
		catch (RuntimeException ex) {
			if (!this.tickFailing) {
				logger.error("The " + this.transport.name() + " BLE transport failed while stepping to " + now
						+ "; retrying every 200 ms", ex);
			}
			this.tickFailing = true;
		}
	}

	/** The value of {@code cloakroom.ble.backend} that chose the transport. */
	String transportName() {
		return this.transport.name();
	}

	TransportHealth health() {
		return this.running ? this.transport.health() : TransportHealth.stopped("not started");
	}

}
