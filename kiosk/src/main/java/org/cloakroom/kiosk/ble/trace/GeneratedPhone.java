package org.cloakroom.kiosk.ble.trace;

import java.util.HexFormat;
import java.util.Random;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.identity.Ah;

/**
 * One generated phone: its model's loudness, how it is carried, when it advertises and
 * from which address. The figures are measured from the shared data sets (pc-ng and
 * Herald, {@code ../shared/datasets/rssi}) by {@code RssiDatasetFigures} (test scope),
 * whose test fails if they drift from the data.
 * <p>
 * Loudness: a phone's level at 1 m is one of the {@link #LEVELS_AT_1M measured phone
 * pairs' medians} (−84 to −46 dBm: 38 dB apart), ±1 dB, scaled around their median (−71)
 * by the population's model spread; the reference population's phones all read the
 * reference's −59. No phone advertises a usable power: none in the data sets does, so the
 * frames carry none.
 * <p>
 * Advertising: a phone is heard at one of the {@link #PACKETS_PER_SECOND measured rates}
 * (per phone pair, hands and no bodies: 1 to 12 packets per second; Herald's iOS
 * receivers report once a second; the reference phone 10 a second), each gap ±20%, plus
 * the Core Specification's 0–10 ms advDelay. The resolvable private address rotates every
 * 12–18 minutes, the first time at a random moment.
 */
final class GeneratedPhone {

	/** The reference phone's level at 1 m ({@code reference-power-dbm}'s default). */
	static final double REFERENCE_AT_1M = -59;

	/**
	 * Per receiving/sending phone pair, the median RSSI at 0.9–1.1 m (Herald without
	 * bodies, pc-ng hand to hand), dBm, as {@code RssiDatasetFigures} measures them.
	 */
	static final double[] LEVELS_AT_1M = { -84, -82, -79, -79, -78, -77, -76, -74, -73, -73, -73, -71, -71, -69, -64,
			-64, -61, -55, -54, -53, -52, -52, -51, -48, -46 };

	static final double MEDIAN_AT_1M = -71;

	/**
	 * Per phone pair, packets heard per second, as {@code RssiDatasetFigures} measures.
	 */
	static final double[] PACKETS_PER_SECOND = { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.1, 2.2, 2.3,
			2.4, 2.5, 2.5, 2.6, 2.6, 2.7, 2.7, 2.9, 4.3, 7.9, 12.1 };

	/**
	 * The reference phone is heard as pc-ng's hand-held phones were (7.9 and 12.1 a
	 * second).
	 */
	static final double REFERENCE_PACKETS_PER_SECOND = 10;

	final String device;

	final boolean iPhone;

	final IdentityResolvingKey irk;

	final double levelAt1m;

	final Carrying carrying;

	/**
	 * This person's own share of the carrying loss (how deep the pocket, how full the
	 * bag).
	 */
	final double carryingScale;

	private final double meanGapMillis;

	private final Ah ah;

	private BleAddress address;

	private long rotateAt;

	GeneratedPhone(String device, Population population, Random random) {
		this.device = device;
		this.iPhone = random.nextBoolean();
		byte[] key = new byte[16];
		random.nextBytes(key);
		this.irk = new IdentityResolvingKey(key);
		this.ah = new Ah(this.irk);
		double measured = LEVELS_AT_1M[random.nextInt(LEVELS_AT_1M.length)] + random.nextGaussian();
		this.levelAt1m = population.reference() ? REFERENCE_AT_1M
				: MEDIAN_AT_1M + (measured - MEDIAN_AT_1M) * population.modelSpreadDb() / Population.MEASURED_SPREAD_DB;
		this.carrying = population.drawCarrying(random);
		this.carryingScale = 0.75 + 0.5 * random.nextDouble();
		double rate = PACKETS_PER_SECOND[random.nextInt(PACKETS_PER_SECOND.length)];
		this.meanGapMillis = 1000 / (population.reference() ? REFERENCE_PACKETS_PER_SECOND : rate);
		this.rotateAt = (long) (random.nextDouble() * 15 * 60_000);
	}

	/** What carrying costs at {@code metres} from an adapter. */
	double carryingLossAt(double metres) {
		return this.carryingScale * this.carrying.lossAt(metres);
	}

	/** The gap to the next packet. */
	long nextInterval(Random random) {
		return Math.round(this.meanGapMillis * (0.8 + 0.4 * random.nextDouble())) + random.nextInt(11);
	}

	/** The address at {@code millis} from the person's start, rotating when due. */
	BleAddress addressAt(long millis, Random random) {
		if (this.address == null || millis >= this.rotateAt) {
			int prand;
			do {
				prand = random.nextInt(1 << 22);
			}
			while (prand == 0 || prand == (1 << 22) - 1);
			this.address = this.ah.resolvablePrivateAddress(prand);
			if (millis >= this.rotateAt) {
				this.rotateAt = millis + 12 * 60_000 + random.nextInt(6 * 60_000);
			}
		}
		return this.address;
	}

	/** What it sends: Apple's Nearby Info, or Google Nearby's service data. */
	byte[] frame(int tag) {
		String hex = this.iPhone ? "0201060aff4c0010051b98" + String.format("%06x", tag & 0xFFFFFF)
				: "0201060616f3fe" + String.format("%06x", tag & 0xFFFFFF);
		return HexFormat.of().parseHex(hex);
	}

}
