package org.cloakroom.kiosk.ble.evaluation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation harness on the shared real data sets (pc-ng, Herald), scoring half, with
 * the kiosk's default settings (chosen on the tuning half): arrivals walk in through 1 m
 * to the spot and stay. Asserts the aims the evidence reaches as aims, and the figures of
 * those it does not reach with a small margin, so a change that loses ground fails;
 * README ("Bluetooth LE") and BENCHMARKS.md state them. Fails, naming the folder, when
 * the data sets are missing.
 */
class RealDataEvaluationIT {

	private static Evaluation evaluation;

	private static EvaluationReport report;

	@BeforeAll
	static void score() {
		evaluation = Evaluation.of(Datasets.locate());
		report = evaluation.score(ProximityProperties.defaults(), true);
	}

	@Test
	void scoresEveryBodyPositionOfBothDataSetsOnTheScoringHalfOnly() {
		assertThat(report.datasets()).containsExactly("Herald", "pc-ng");
		for (String position : PcNgRecordings.POSITIONS) {
			assertThat(report.score("pc-ng", position, Calibrated.REFINED).arrivals()).as(position)
				.isEqualTo(Evaluation.EPISODES_PER_RECORDING);
		}
		assertThat(report.score("Herald", "rig", Calibrated.ENROLMENT).arrivals()).isGreaterThanOrEqualTo(400);
		// one phone of each pc-ng pair and half the Herald tests tune; the others score
		assertThat(evaluation.sources()).anyMatch((source) -> source.startsWith("tune  RSS_humanHH.csv.gz"))
			.anyMatch((source) -> source.startsWith("score RSS_humanHH.csv.gz"))
			.noneMatch((source) -> source.startsWith("score") && source.contains("gryphonelab"));
	}

	@Test
	void presenceAtBadgeHearsAtLeast99PercentOfArrivalsInEveryPosition() {
		for (String dataset : report.datasets()) {
			for (String position : List.of("HH", "HP", "HB", "PB", "PP", "BB", "rig")) {
				Score score = report.score(dataset, position, Calibrated.NONE);
				if (score.arrivals() > 0) {
					assertThat(score.heardAtBadge()).as(dataset + " " + position).isGreaterThanOrEqualTo(0.99);
				}
			}
		}
	}

	@Test
	void neverGuessesTheProximityOfAnUncalibratedPhoneAtBadge() {
		for (String dataset : report.datasets()) {
			assertThat(report.score(dataset, null, Calibrated.NONE).placedAtBadge()).as(dataset).isZero();
		}
	}

	@Test
	void calibrationAsEnrolmentTakesItBeatsAbsoluteLevelsWithoutBodies() {
		Score calibrated = report.score("Herald", "rig", Calibrated.ENROLMENT);
		Score absolute = report.score("Herald", "rig", Calibrated.NONE);
		assertThat(calibrated.youden()).isGreaterThan(absolute.youden() + 0.2);
		assertThat(calibrated.placedAtBadge()).isGreaterThan(0.7);
	}

	@Test
	void everyRecordingWithTheWalksDistancesHasASpotLongEnoughForCalibrationAndTheStay() {
		assertThat(evaluation.withoutSpot()).isEmpty();
	}

	@Test
	void phonesInTheHandOfPcNgAreNeverPlacedAtTheDoorPassingAt2To4Metres() {
		// aim met: passers ≤ 2%; arrivals in 3 s: 55% (enrolment's 5 s), 85% (refined)
		Score enrolment = report.score("pc-ng", "HH", Calibrated.ENROLMENT);
		Score refined = report.score("pc-ng", "HH", Calibrated.REFINED);
		assertThat(enrolment.passersAtDoor()).isLessThanOrEqualTo(0.02);
		assertThat(refined.passersAtDoor()).isLessThanOrEqualTo(0.02);
		assertThat(enrolment.arrivalsInTime()).isGreaterThanOrEqualTo(0.50);
		assertThat(refined.arrivalsInTime()).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void onHeraldsRigOneReceiverPlacesMostArrivalsButCannotTellPassersFromTheSpot() {
		// aims not met: 2–4 m on the rig often reads within a few dB of 0.4 m
		Score enrolment = report.score("Herald", "rig", Calibrated.ENROLMENT);
		assertThat(enrolment.arrivalsInTime()).isGreaterThanOrEqualTo(0.77);
		assertThat(enrolment.passersAtDoor()).isLessThanOrEqualTo(0.39);
		Score refined = report.score("Herald", "rig", Calibrated.REFINED);
		assertThat(refined.arrivalsInTime()).isGreaterThanOrEqualTo(0.87);
		assertThat(refined.passersAtDoor()).isLessThanOrEqualTo(0.48);
	}

	@Test
	void beatsTheBestThresholdInHindsightOnHeraldNotYetOnPcNg() {
		EvaluationReport.Baseline herald = report.baseline("Herald");
		assertThat(report.ours("Herald").youden()).isGreaterThan(herald.youden());
		// pc-ng: a hand calibration cannot score pockets and bags (0%), the baseline
		// chose its threshold on every position at once, in hindsight
		EvaluationReport.Baseline pcNg = report.baseline("pc-ng");
		assertThat(report.ours("pc-ng").youden() / pcNg.youden()).isGreaterThanOrEqualTo(0.65);
	}

	@Test
	void printsTheTablesWithTheBaselineBesideOurs() {
		StringWriter text = new StringWriter();
		report.print(new PrintWriter(text));
		assertThat(text.toString()).contains("| pc-ng | HP | HTC One M9<-gryphonelab | enrolment |")
			.contains("best threshold in hindsight")
			.contains("| Herald | ");
	}

}
