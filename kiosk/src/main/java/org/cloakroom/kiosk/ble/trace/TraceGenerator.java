package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.BleProperties.Placement;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.ble.decode.AdDecoder;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.cloakroom.kiosk.ble.transport.Advertisement;

/**
 * Generates labelled traces: {@code count} people doing one {@link Scenario}, starting
 * 2–3 s apart (so many are in range at once), each carrying one phone
 * ({@link GeneratedPhone}, drawn from a {@link Population}) heard by a {@code door}
 * adapter at the origin, a {@code lockers} adapter 1.5 m along the wall and an
 * {@code inside} adapter 4 m behind the wall ({@link RadioModel}). The adapters differ in
 * gain as real ones do (door 0 dB, the reference; lockers −5; inside +4: assumed, no data
 * set has Pi adapters), so comparing them needs their calibration. The same seed and
 * population give the same trace.
 */
public final class TraceGenerator {

	/**
	 * The adapters, named as the simulated radio names them, so default placements apply.
	 */
	public static final String DOOR = "door";

	public static final String LOCKERS = "lockers";

	public static final String INSIDE = "inside";

	/** Each adapter's placement, for a tracker or {@code ble replay --adapter}. */
	public static final Map<String, Placement> PLACEMENTS = Map.of(DOOR, Placement.DOOR, LOCKERS, Placement.LOCKERS,
			INSIDE, Placement.INSIDE);

	/**
	 * How many dB louder than the reference each adapter hears (door is the reference).
	 */
	public static final Map<String, Double> GAINS_DB = Map.of(DOOR, 0.0, LOCKERS, -5.0, INSIDE, 4.0);

	private static final double[][] ADAPTERS = { { 0, -0.05 }, { 1.5, -0.05 }, { 0, 4 } };

	private static final String[] NAMES = { DOOR, LOCKERS, INSIDE };

	private final Random random;

	private final Population population;

	/**
	 * Every phone the reference phone, in the hand ({@link Population#REFERENCE}): for
	 * tests of what follows a zone, not of proximity.
	 */
	public TraceGenerator(long seed) {
		this(seed, Population.REFERENCE);
	}

	public TraceGenerator(long seed, Population population) {
		this.random = new Random(seed);
		this.population = Objects.requireNonNull(population, "population");
	}

	public GeneratedTrace generate(Scenario scenario, int count, Instant start) {
		if (count < 1) {
			throw new IllegalArgumentException("A trace needs at least 1 person, got " + count);
		}
		List<GeneratedPerson> people = new ArrayList<>();
		List<TraceEntry> entries = new ArrayList<>();
		long startMillis = start.toEpochMilli();
		for (int i = 0; i < count; i++) {
			people.add(person(scenario, "p" + (i + 1), startMillis, entries));
			startMillis += 2000 + this.random.nextInt(1001);
		}
		entries.sort(Comparator.comparing((TraceEntry entry) -> entry.advertisement().time()));
		return new GeneratedTrace(people, entries);
	}

	private GeneratedPerson person(Scenario scenario, String device, long start, List<TraceEntry> out) {
		Walk walk = scenario.walk(this.random);
		GeneratedPhone phone = new GeneratedPhone(device, this.population, this.random);
		boolean multipath = !this.population.reference();
		RadioModel[] paths = { new RadioModel(this.random, multipath), new RadioModel(this.random, multipath),
				new RadioModel(this.random, multipath) };
		RadioModel.Shadowing body = new RadioModel.Shadowing(RadioModel.BODY_SHADOWING_SIGMA_DB);
		long quietFrom = (scenario.quietAfterArrivalMillis() < 0) ? Long.MAX_VALUE
				: walk.arrivedAtDoorMillis() + scenario.quietAfterArrivalMillis();
		byte[] frame = phone.frame(this.random.nextInt(1 << 24));
		AdFields fields = AdDecoder.decode(frame);
		for (long t = this.random.nextInt(1000); t <= walk.durationMillis()
				&& t < quietFrom; t += phone.nextInterval(this.random)) {
			BleAddress address = phone.addressAt(t, this.random);
			double[] at = walk.at(t);
			double bodyLoss = body.at(t, this.random);
			for (int adapter = 0; adapter < ADAPTERS.length; adapter++) {
				double metres = Math.hypot(at[0] - ADAPTERS[adapter][0], at[1] - ADAPTERS[adapter][1]);
				boolean throughWall = (at[1] > 0) != (ADAPTERS[adapter][1] > 0);
				double gain = this.population.reference() ? 0 : GAINS_DB.get(NAMES[adapter]);
				int rssi = paths[adapter].rssi(t, phone, gain, metres, throughWall, bodyLoss, this.random);
				if (rssi != RadioModel.LOST) {
					Advertisement ad = new Advertisement(Instant.ofEpochMilli(start + t), NAMES[adapter], address,
							AddressType.RANDOM, rssi, null, fields.manufacturerData(), fields.serviceData(),
							fields.serviceUuids(), frame);
					out.add(new TraceEntry(ad, new TraceLabel(scenario.label(), device, metres, truth(at))));
				}
			}
		}
		long withinOneMetre = walk.firstWithin(1.0, ADAPTERS[0][0], ADAPTERS[0][1]);
		return new GeneratedPerson(device, scenario, phone.irk.toHex(), phone.carrying, phone.levelAt1m,
				Instant.ofEpochMilli(start), (withinOneMetre < 0) ? null : Instant.ofEpochMilli(start + withinOneMetre),
				(quietFrom == Long.MAX_VALUE) ? null : Instant.ofEpochMilli(start + quietFrom),
				Instant.ofEpochMilli(start + walk.durationMillis()));
	}

	/** Where the person truly is: inside past the wall, else by distance to the door. */
	static Zone truth(double[] at) {
		if (at[1] > 0) {
			return Zone.INSIDE;
		}
		double metres = Math.hypot(at[0] - ADAPTERS[0][0], at[1] - ADAPTERS[0][1]);
		return (metres <= 1) ? Zone.AT_DOOR : (metres <= 4) ? Zone.NEAR : Zone.AWAY;
	}

}
