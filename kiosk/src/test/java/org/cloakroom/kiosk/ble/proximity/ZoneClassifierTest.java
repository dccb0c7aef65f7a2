package org.cloakroom.kiosk.ble.proximity;

import org.cloakroom.kiosk.ble.ProximityProperties;
import org.cloakroom.kiosk.ble.Zone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneClassifierTest {

	private static final double NONE = Double.NaN;

	private final ZoneClassifier classifier = new ZoneClassifier(ProximityProperties.defaults());

	@Test
	void entersAtDoorOnlyPastItsEnterLevelAndLeavesOnlyPastItsExitLevel() {
		assertThat(this.classifier.classify(Zone.NEAR, -60, NONE)).isEqualTo(Zone.NEAR);
		assertThat(this.classifier.classify(Zone.NEAR, -58, NONE)).isEqualTo(Zone.AT_DOOR);
		assertThat(this.classifier.classify(Zone.AT_DOOR, -63, NONE)).isEqualTo(Zone.AT_DOOR);
		assertThat(this.classifier.classify(Zone.AT_DOOR, -65, NONE)).isEqualTo(Zone.NEAR);
	}

	@Test
	void placesNearAndAwayWithHysteresis() {
		assertThat(this.classifier.classify(Zone.AWAY, -77, NONE)).isEqualTo(Zone.AWAY);
		assertThat(this.classifier.classify(Zone.AWAY, -74, NONE)).isEqualTo(Zone.NEAR);
		assertThat(this.classifier.classify(Zone.NEAR, -79, NONE)).isEqualTo(Zone.NEAR);
		assertThat(this.classifier.classify(Zone.NEAR, -81, NONE)).isEqualTo(Zone.AWAY);
	}

	@Test
	void placesInsideWhenTheInsideAdapterIsStrongAndBeatsTheDoor() {
		assertThat(this.classifier.classify(Zone.AT_DOOR, -86, -63)).isEqualTo(Zone.INSIDE);
		assertThat(this.classifier.classify(Zone.AWAY, NONE, -70)).isEqualTo(Zone.INSIDE);
		assertThat(this.classifier.classify(Zone.AT_DOOR, -52, -60)).as("shouting at the door").isEqualTo(Zone.AT_DOOR);
		assertThat(this.classifier.classify(Zone.NEAR, -90, -74)).as("inside too faint").isEqualTo(Zone.AWAY);
	}

	@Test
	void staysInsideUntilTheInsideAdapterFadesOrLosesToTheDoor() {
		assertThat(this.classifier.classify(Zone.INSIDE, -80, -77)).isEqualTo(Zone.INSIDE);
		assertThat(this.classifier.classify(Zone.INSIDE, -80, -79)).isEqualTo(Zone.AWAY);
		assertThat(this.classifier.classify(Zone.INSIDE, -55, -60)).isEqualTo(Zone.AT_DOOR);
	}

	@Test
	void decidesNothingWithoutEvidence() {
		assertThat(this.classifier.classify(Zone.AT_DOOR, NONE, NONE)).isNull();
		assertThat(this.classifier.classify(Zone.AT_DOOR, NONE, -90)).isEqualTo(Zone.AT_DOOR);
	}

}
