package org.cloakroom.kiosk.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.policy.UnenrolledPhoneAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpenCheckInsTest {

	private final MutableClock clock = MutableClock.startingAt("2026-12-06T08:00:00Z");

	private final OpenCheckIns open = new OpenCheckIns(new CheckInProperties(Duration.ofSeconds(30),
			Duration.ofMinutes(3), Duration.ofSeconds(8), Duration.ofSeconds(5), 0.5), this.clock);

	@Test
	void keepsACheckInUntilItsTimeoutAndForgetsItAfter() {
		CheckIn first = this.open.add(checkIn(1));
		this.clock.advance(Duration.ofMinutes(2));
		CheckIn second = this.open.add(checkIn(2));

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.open.get(first.id())).isSameAs(first);

		this.clock.advance(Duration.ofMillis(1));
		assertThatExceptionOfType(CheckInRefusal.Ended.class).isThrownBy(() -> this.open.get(first.id()));
		assertThat(this.open.get(second.id())).isSameAs(second);
	}

	@Test
	void forgetsACheckInThatStartedOutOfOrderOnTime() {
		CheckIn later = this.open.add(checkIn(1));
		// the clock set back: this one started before the check-in ahead of it
		this.clock.set(this.clock.instant().minus(Duration.ofMinutes(2)));
		CheckIn earlier = this.open.add(checkIn(2));

		this.clock.advance(Duration.ofMinutes(3).plusMillis(1));

		assertThatExceptionOfType(CheckInRefusal.Ended.class).isThrownBy(() -> this.open.get(earlier.id()));
		assertThat(this.open.get(later.id())).isSameAs(later);
	}

	@Test
	void refusesACheckInItNeverHad() {
		CheckIn elsewhere = checkIn(3);

		assertThatExceptionOfType(CheckInRefusal.Ended.class).isThrownBy(() -> this.open.get(elsewhere.id()));
	}

	private CheckIn checkIn(long employee) {
		Instant now = this.clock.instant();
		return new CheckIn(new EmployeeRef(new EmployeeId(employee), "Employee " + employee, "10000" + employee),
				List.of(), new UnenrolledNotice(List.of(), List.of(), UnenrolledPhoneAction.IGNORE), now);
	}

}
