package org.cloakroom.kiosk.enrolment;

import org.cloakroom.kiosk.DoorHome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.ble.BleProperties;
import org.cloakroom.kiosk.ble.PhoneCalibration;
import org.cloakroom.kiosk.ble.PhoneCalibrations;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phones' calibrations: their calibration samples in {@code calibration_sample}, read
 * through {@link SpotLevelEstimator}, and the BLE module's view of them. Every write
 * judges the identity's samples on that adapter again, so each row's verdict is the one
 * the current estimate gives it.
 */
@DoorHome
@Repository
class StoredCalibrations implements PhoneCalibrations {

	private final CalibrationSampleTable table;

	private final SpotLevelEstimator estimator;

	private final Map<String, Double> adapterOffsets;

	StoredCalibrations(CalibrationSampleTable table, CalibrationProperties properties, BleProperties ble) {
		this.table = table;
		this.estimator = new SpotLevelEstimator(ble.proximity().referencePowerDbm(), properties.minPackets());
		this.adapterOffsets = ble.adapterOffsets();
	}

	/** One identity's estimate on one adapter. */
	record SpotLevel(long phoneId, long identityId, String adapter, SpotLevelEstimate estimate) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<PhoneCalibration> all() {
		return estimates(this.table.all()).stream()
			.filter((level) -> level.estimate().calibrated())
			.map((level) -> new PhoneCalibration(level.phoneId(), level.identityId(), level.adapter(),
					level.estimate().levelDbm().getAsDouble(), level.estimate().confidence()))
			.toList();
	}

	/** The phone's estimates, per identity and adapter (calibrated or not). */
	List<SpotLevel> of(PhoneId phoneId) {
		return estimates(this.table.ofPhone(phoneId.value()));
	}

	/**
	 * Stores the samples, keeps the newest, and judges each identity's samples on each
	 * adapter again; answers the new samples with their verdicts.
	 */
	List<CalibrationSample> record(PhoneId phoneId, List<CalibrationSample> samples) {
		List<CalibrationSample> recorded = new ArrayList<>();
		for (CalibrationSample sample : samples) {
			long id = this.table.insert(phoneId.value(), sample.judged(SampleVerdict.ACCEPTED));
			this.table.prune(sample.identityId(), sample.adapter());
			List<CalibrationSampleTable.Row> rows = this.table.of(sample.identityId(), sample.adapter());
			SpotLevelEstimate estimate = estimate(rows);
			for (int i = 0; i < rows.size(); i++) {
				SampleVerdict verdict = estimate.samples().get(i).verdict();
				if (verdict != rows.get(i).sample().verdict()) {
					this.table.verdict(rows.get(i).id(), verdict);
				}
				if (rows.get(i).id() == id) {
					recorded.add(estimate.samples().get(i));
				}
			}
		}
		return recorded;
	}

	private List<SpotLevel> estimates(List<CalibrationSampleTable.Row> rows) {
		Map<String, List<CalibrationSampleTable.Row>> byIdentityAndAdapter = new LinkedHashMap<>();
		for (CalibrationSampleTable.Row row : rows) {
			byIdentityAndAdapter
				.computeIfAbsent(row.sample().identityId() + "\n" + row.sample().adapter(), (key) -> new ArrayList<>())
				.add(row);
		}
		return byIdentityAndAdapter.values()
			.stream()
			.map((group) -> new SpotLevel(group.get(0).phoneId(), group.get(0).sample().identityId(),
					group.get(0).sample().adapter(), estimate(group)))
			.toList();
	}

	private SpotLevelEstimate estimate(List<CalibrationSampleTable.Row> rows) {
		String adapter = rows.get(0).sample().adapter();
		return this.estimator.estimate(rows.stream().map(CalibrationSampleTable.Row::sample).toList(),
				this.adapterOffsets.getOrDefault(adapter, 0.0));
	}

}
