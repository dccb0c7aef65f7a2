package org.cloakroom.kiosk.ble.proximity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.PhoneCalibration;

/**
 * What calibration says per packet: each placed adapter's offset (installation) and each
 * enrolled identity's shift (its spot levels). {@code rssi − offset} is what the
 * reference adapter would have read; adding the identity's shift gives what the reference
 * phone would have read, so the absolute proximity levels hold for every calibrated
 * phone. Both are bounded to ±{@value #MAX_DB} dB: an adapter's offset beyond it is
 * refused (a misconfigured adapter), a phone's shift beyond it is clamped (models differ
 * by about 38 dB; more is a bad sample, which must not throw a phone across the room).
 */
final class SpotLevels {

	static final double MAX_DB = 40;

	private final AdapterLayout layout;

	private final double[] offsets;

	private final double spotReads;

	private Map<Long, PhoneSpots> phones = Map.of();

	/**
	 * @param spotReads what a calibrated identity's spot level is made to read on the
	 * proximity levels' scale
	 */
	SpotLevels(AdapterLayout layout, Map<String, Double> adapterOffsets, double spotReads) {
		this.layout = layout;
		this.offsets = new double[layout.size()];
		this.spotReads = spotReads;
		adapterOffsets.forEach((adapter, offset) -> {
			if (offset == null || !(Math.abs(offset) <= MAX_DB)) {
				throw new IllegalArgumentException("cloakroom.ble.adapter-offsets." + adapter + " must be within ±"
						+ (int) MAX_DB + " dB, got " + offset);
			}
			int number = layout.numberOf(adapter);
			if (number != AdapterLayout.UNPLACED) {
				this.offsets[number] = offset;
			}
		});
	}

	/** The offset of an adapter by its number; 0 for an unplaced one. */
	double offset(int adapter) {
		return (adapter >= 0) ? this.offsets[adapter] : 0;
	}

	/**
	 * Replaces every phone's spot levels. An identity's shift comes from its door-side
	 * spot levels (the spot is in front of the kiosk; an inside adapter hears it through
	 * a wall, which says nothing of the phone's power), averaged over those adapters.
	 */
	void load(List<PhoneCalibration> calibrations) {
		Map<Long, Map<Long, List<PhoneCalibration>>> byPhone = new LinkedHashMap<>();
		for (PhoneCalibration calibration : calibrations) {
			int adapter = this.layout.numberOf(calibration.adapter());
			if (adapter == AdapterLayout.UNPLACED || !this.layout.doorSide(adapter)
					|| !Double.isFinite(calibration.spotLevelDbm())) {
				continue;
			}
			byPhone.computeIfAbsent(calibration.phoneId(), (phone) -> new LinkedHashMap<>())
				.computeIfAbsent(calibration.identityId(), (identity) -> new ArrayList<>())
				.add(calibration);
		}
		Map<Long, PhoneSpots> loaded = new HashMap<>();
		byPhone.forEach((phoneId, identities) -> loaded.put(phoneId, spotsOf(identities)));
		this.phones = loaded;
	}

	private PhoneSpots spotsOf(Map<Long, List<PhoneCalibration>> identities) {
		long[] ids = new long[identities.size()];
		double[] shifts = new double[ids.length];
		double[] confidences = new double[ids.length];
		int i = 0;
		for (Map.Entry<Long, List<PhoneCalibration>> identity : identities.entrySet()) {
			double level = 0;
			double confidence = 0;
			for (PhoneCalibration calibration : identity.getValue()) {
				level += calibration.spotLevelDbm() - offset(this.layout.numberOf(calibration.adapter()));
				confidence += Math.max(0, Math.min(1, calibration.confidence()));
			}
			int n = identity.getValue().size();
			ids[i] = identity.getKey();
			shifts[i] = Math.max(-MAX_DB, Math.min(MAX_DB, this.spotReads - level / n));
			confidences[i] = confidence / n;
			i++;
		}
		return new PhoneSpots(ids, shifts, confidences);
	}

	/** The phone's spot levels, or {@code null} when none of its identities has any. */
	PhoneSpots of(long phoneId) {
		return this.phones.get(phoneId);
	}

	/** One phone's calibrated identities: a few, so a scan finds one without hashing. */
	static final class PhoneSpots {

		private final long[] identityIds;

		private final double[] shifts;

		private final double[] confidences;

		PhoneSpots(long[] identityIds, double[] shifts, double[] confidences) {
			this.identityIds = identityIds;
			this.shifts = shifts;
			this.confidences = confidences;
		}

		/** The identity's index, or −1 when it has no spot level. */
		int indexOf(long identityId) {
			for (int i = 0; i < this.identityIds.length; i++) {
				if (this.identityIds[i] == identityId) {
					return i;
				}
			}
			return -1;
		}

		double shift(int index) {
			return this.shifts[index];
		}

		double confidence(int index) {
			return this.confidences[index];
		}

	}

}
