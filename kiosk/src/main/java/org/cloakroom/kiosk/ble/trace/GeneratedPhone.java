package org.cloakroom.kiosk.ble.trace;

import java.util.HexFormat;
import java.util.Random;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.IdentityResolvingKey;
import org.cloakroom.kiosk.ble.identity.Ah;

/**
 * One generated phone: its model's loudness, how it is carried, when it advertises and
 * from which address.
 * <p>
 * Loudness: phones differ by tens of dB (DESIGN.md). An iPhone's power at 1 m is the
 * reference ±2 dB (Apple's models are alike) and it advertises no power; an Android
 * phone's is the reference ±6 dB (σ, capped at 12) and it advertises its TX Power Level,
 * within ±1.5 dB of the truth. Carrying, when the generator is asked for it: in the hand
 * (40%, no loss), a pocket (45%, 2–6 dB) or a bag (15%, 6–10 dB); otherwise every phone
 * is in the hand.
 * <p>
 * Advertising, awake: an iPhone alternates bursts at 90–150 ms with 400–1000 ms
 * stretches, each 2–6 s long; an Android phone keeps one interval (100 ms low latency,
 * 250 ms balanced, 1 s low power), ±5% jitter; both add the Core Specification's 0–10 ms
 * advDelay. The resolvable private address rotates every 12–18 minutes, the first time at
 * a random moment.
 */
final class GeneratedPhone {

	static final double REFERENCE_AT_1M = -59;

	final String device;

	final boolean iPhone;

	final IdentityResolvingKey irk;

	final double powerAt1m;

	final Integer txPower;

	private final Ah ah;

	private final long androidInterval;

	private long segmentEnds = Long.MIN_VALUE;

	private long segmentInterval;

	private BleAddress address;

	private long rotateAt;

	GeneratedPhone(String device, boolean carried, Random random) {
		this.device = device;
		this.iPhone = random.nextBoolean();
		byte[] key = new byte[16];
		random.nextBytes(key);
		this.irk = new IdentityResolvingKey(key);
		this.ah = new Ah(this.irk);
		double model = this.iPhone ? 2 * random.nextGaussian() : Math.max(-12, Math.min(12, 6 * random.nextGaussian()));
		double carrying = carryingLoss(random);
		this.powerAt1m = REFERENCE_AT_1M + model - (carried ? carrying : 0);
		this.txPower = this.iPhone ? null
				: (int) Math.round(REFERENCE_AT_1M + model + 41 + 1.5 * random.nextGaussian());
		double lowLatency = random.nextDouble();
		this.androidInterval = (lowLatency < 0.25) ? 100 : (lowLatency < 0.7) ? 250 : 1000;
		this.rotateAt = (long) (random.nextDouble() * 15 * 60_000);
	}

	private static double carryingLoss(Random random) {
		double where = random.nextDouble();
		if (where < 0.4) {
			return 0;
		}
		return (where < 0.85) ? 2 + 4 * random.nextDouble() : 6 + 4 * random.nextDouble();
	}

	/** The gap to the next packet after one sent at {@code millis}. */
	long nextInterval(long millis, Random random) {
		long base;
		if (this.iPhone) {
			if (millis >= this.segmentEnds) {
				this.segmentEnds = millis + 2000 + random.nextInt(4001);
				this.segmentInterval = (random.nextDouble() < 0.35) ? 90 + random.nextInt(61)
						: 400 + random.nextInt(601);
			}
			base = this.segmentInterval;
		}
		else {
			base = Math.round(this.androidInterval * (0.95 + 0.1 * random.nextDouble()));
		}
		return base + random.nextInt(11);
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

	/** What it sends: Apple's Nearby Info, or Google Nearby with a TX Power Level. */
	byte[] frame(int tag) {
		String hex = this.iPhone ? "0201060aff4c0010051b98" + String.format("%06x", tag & 0xFFFFFF) : "020106020a"
				+ String.format("%02x", this.txPower & 0xFF) + "0616f3fe" + String.format("%06x", tag & 0xFFFFFF);
		return HexFormat.of().parseHex(hex);
	}

}
