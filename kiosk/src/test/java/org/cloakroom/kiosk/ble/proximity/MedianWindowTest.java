package org.cloakroom.kiosk.ble.proximity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedianWindowTest {

	private final MedianWindow window = new MedianWindow();

	@Test
	void ignoresASingleDeepFade() {
		this.window.add(0, -60);
		this.window.add(100, -61);
		this.window.add(200, -95);
		this.window.add(300, -59);
		this.window.add(400, -60);
		assertThat(this.window.median(2)).isEqualTo(-60);
	}

	@Test
	void averagesTheMiddleTwoOfAnEvenCount() {
		this.window.add(0, -60);
		this.window.add(100, -70);
		assertThat(this.window.median(2)).isEqualTo(-65);
	}

	@Test
	void saysNothingWithTooFewPackets() {
		this.window.add(0, -60);
		assertThat(this.window.median(2)).isNaN();
	}

	@Test
	void forgetsPacketsOlderThanTheCutoff() {
		this.window.add(0, -90);
		this.window.add(1000, -90);
		this.window.add(2000, -50);
		this.window.add(2100, -50);
		this.window.expire(1500);
		assertThat(this.window.count()).isEqualTo(2);
		assertThat(this.window.median(2)).isEqualTo(-50);
	}

	@Test
	void keepsTheNewestPacketsWhenTheRingIsFull() {
		for (int i = 0; i < MedianWindow.CAPACITY; i++) {
			this.window.add(i, -90);
		}
		for (int i = 0; i < MedianWindow.CAPACITY; i++) {
			this.window.add(1000 + i, -40);
		}
		assertThat(this.window.count()).isEqualTo(MedianWindow.CAPACITY);
		assertThat(this.window.median(1)).isEqualTo(-40);
	}

	@Test
	void theRememberedMedianFollowsEveryAddAndExpiry() {
		MedianWindow window = new MedianWindow();
		window.add(0, -70);
		window.add(100, -60);
		window.add(200, -50);
		assertThat(window.median(1)).isEqualTo(-60.0);
		assertThat(window.median(1)).isEqualTo(-60.0);

		window.add(300, -40);
		assertThat(window.median(1)).isEqualTo(-55.0);
		assertThat(window.median(5)).isNaN();

		window.expire(150);
		assertThat(window.median(1)).isEqualTo(-45.0);
		window.expire(150);
		assertThat(window.median(1)).isEqualTo(-45.0);
	}

	@Test
	void rejectsValuesNoControllerReports() {
		assertThat(MedianWindow.plausible(127)).isFalse();
		assertThat(MedianWindow.plausible(-128)).isFalse();
		assertThat(MedianWindow.plausible(-100)).isTrue();
	}

}
