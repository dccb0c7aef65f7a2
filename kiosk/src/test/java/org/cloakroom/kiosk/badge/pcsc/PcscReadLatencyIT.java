package org.cloakroom.kiosk.badge.pcsc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long from a card landing on the reader to its badge read (BENCHMARKS.md, "Badge
 * readers"): {@value #PRESENTATIONS} presentations of a virtual card to Debian's pcscd
 * with vpcd, each after pcscd saw the reader empty. The card's clock and the reader's are
 * the same machine's wall clock. vpcd has no card-event interrupt: pcscd polls it every
 * 400 ms, as it polls a reader without one; a CCID reader tells pcscd at once.
 */
class PcscReadLatencyIT {

	private static final int PRESENTATIONS = 40;

	@Test
	void readsACardWithinTheStandInsPollingPeriod() throws Exception {
		List<Duration> latencies = new ArrayList<>();
		try (PcscdStandIn pcscd = PcscdStandIn.start();
				ReaderProcess reader = ReaderProcess.start(pcscd, "HEX", PcscdStandIn.READER, true);
				VirtualBadge card = VirtualBadge.uid(pcscd, "04A1B2C3D4E5F6")) {
			reader.awaitHealth(true);
			for (int i = 1; i <= PRESENTATIONS; i++) {
				reader.awaitNoCard();
				Instant landed = card.insert();
				Instant read = reader.awaitRead(i).at();
				latencies.add(Duration.between(landed, read));
				card.remove();
			}
		}
		Collections.sort(latencies);
		Duration p50 = latencies.get(PRESENTATIONS / 2 - 1);
		Duration p99 = latencies.get((int) Math.ceil(PRESENTATIONS * 0.99) - 1);
		System.out.printf(
				"PC/SC card on the reader to badge read, %d presentations: min %d ms, p50 %d ms, "
						+ "p99 %d ms, max %d ms%n",
				PRESENTATIONS, latencies.get(0).toMillis(), p50.toMillis(), p99.toMillis(),
				latencies.get(PRESENTATIONS - 1).toMillis());
		assertThat(latencies.get(0)).isPositive();
		assertThat(p99).isLessThan(Duration.ofMillis(1000));
	}

}
