package org.cloakroom.kiosk.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;
import org.cloakroom.kiosk.MutableClock;
import org.cloakroom.kiosk.SignedIn;
import org.cloakroom.kiosk.SimulationIT;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.checkin.CheckInStarted;
import org.cloakroom.kiosk.checkin.PhoneAssessment;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.locker.LockerForced;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.LockerState;
import org.cloakroom.kiosk.locker.PhonesCollected;
import org.cloakroom.kiosk.locker.PhonesStored;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts count a known log: three check-ins (two at 08:xx, one at 09:xx) on 10 March
 * 2031, whose phones were decided by known rules; three forced lockers over two days; and
 * one storage held from 08:15 to 10:30. The clock is moved to each event's time, so the
 * log records them when they happened.
 */
@SimulationIT
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:charts;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ChartsIT {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 10);

	private static final Reason WECHAT = new Reason("flagged-app", "wechat", "com.tencent.mm", "EO 13943",
			"WeChat is on the flagged-app list");

	private static final Reason NO_PHONES = new Reason("area-policy", null, null, "cloakroom.policy.mode=ALL_PHONES",
			"This area admits no phones");

	private static final Reason CLEAN = new Reason("no-flagged-app", null, null, null, "No flagged app");

	private static boolean recorded;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Charts charts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ApplicationEventPublisher events;

	@BeforeEach
	void aKnownLog() {
		if (recorded) {
			return;
		}
		at("2031-03-09T23:30:00Z", (now) -> new LockerForced(LockerId.of(2), LockerState.FREE, null, now));
		at("2031-03-09T23:40:00Z", (now) -> new LockerForced(LockerId.of(3), LockerState.FREE, null, now));
		at("2031-03-10T08:10:00Z", (now) -> checkIn(new Decision.MustStore(List.of(WECHAT)), now));
		at("2031-03-10T08:15:00Z", (now) -> new PhonesStored(StorageId.of(901), EmployeeId.of(1), LockerId.of(1),
				Set.of(PhoneId.of(1)), now));
		at("2031-03-10T08:40:00Z", (now) -> checkIn(new Decision.Clear(List.of(CLEAN)), now));
		at("2031-03-10T09:05:00Z", (now) -> checkIn(new Decision.MustStore(List.of(NO_PHONES, WECHAT)), now));
		at("2031-03-10T10:30:00Z", (now) -> new PhonesCollected(StorageId.of(901), EmployeeId.of(1), LockerId.of(1),
				Set.of(PhoneId.of(1)), now));
		at("2031-03-10T12:00:00Z", (now) -> new LockerForced(LockerId.of(4), LockerState.STORED, null, now));
		this.clock.set(Instant.parse("2031-03-10T23:00:00Z"));
		recorded = true;
	}

	@Test
	void checkInsAreCountedPerHourOfTheDay() {
		Chart chart = this.charts.checkInsPerHour(DAY);

		assertThat(chart.categories()).hasSize(24).startsWith("00", "01").endsWith("23");
		assertThat(chart.series()).singleElement()
			.extracting(Chart.Series::values)
			.isEqualTo(hours(8, 2L, 9, 1L, -1, 0L));
		assertThat(this.charts.checkInsPerHour(DAY.minusDays(1)).series().get(0).values()).containsOnly(0L);
	}

	@Test
	void alertsAreCountedPerDayByKind() {
		Chart chart = this.charts.alertsPerDay(DAY.minusDays(2), DAY);

		assertThat(chart.categories()).containsExactly("2031-03-08", "2031-03-09", "2031-03-10");
		assertThat(chart.series()).singleElement().satisfies((series) -> {
			assertThat(series.name()).isEqualTo("LockerForced");
			assertThat(series.values()).containsExactly(0L, 2L, 1L);
		});
	}

	@Test
	void occupancyCountsTheLockersHoldingPhonesEachHour() {
		assertThat(this.charts.lockerOccupancy(DAY).series().get(0).values())
			.isEqualTo(hours(8, 1L, 9, 1L, 10, 1L, -1, 0L));
	}

	@Test
	void decisionsAreCountedByRuleAndVerdict() {
		Chart chart = this.charts.decisionsByRule(DAY, DAY);

		assertThat(chart.categories()).containsExactly("area-policy", "flagged-app", "no-flagged-app");
		assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("MUST_STORE", "CLEAR");
		assertThat(chart.series().get(0).values()).containsExactly(1L, 2L, 0L);
		assertThat(chart.series().get(1).values()).containsExactly(0L, 0L, 1L);
	}

	@Test
	void theApiReturnsTheSeriesAndRefusesABackwardsRange() throws Exception {
		String checkIns = this.mvc.perform(get("/api/v1/charts/check-ins?day=2031-03-10").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(checkIns, "$.series[0].values")).element(8).isEqualTo(2);
		String decisions = this.mvc.perform(get("/api/v1/charts/decisions").with(SignedIn.officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(decisions, "$.categories")).contains("flagged-app");
		String refused = this.mvc
			.perform(get("/api/v1/charts/alerts?from=2031-03-10&to=2031-03-01").with(SignedIn.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("chart-range-backwards", "2031-03-10", "2031-03-01");
		this.mvc.perform(get("/api/v1/charts/alerts?from=2031-01-01&to=2031-12-31").with(SignedIn.admin()))
			.andExpect(status().isBadRequest());
		String ancient = this.mvc.perform(get("/api/v1/charts/check-ins?day=0001-01-01").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ancient).contains("chart-day-out-of-range", "0001-01-01");
		this.mvc.perform(get("/api/v1/charts/occupancy")).andExpect(status().isUnauthorized());
	}

	@Test
	void theConsoleDrawsEachChartAsSvgWithItsNumbersAsATable() throws Exception {
		String page = this.mvc.perform(get("/officer/charts?day=2031-03-10&from=2031-03-08").with(SignedIn.auditor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("Check-ins per hour", "Locker occupancy over the day", "Alerts per day by kind",
					"Decisions by rule", "role=\"img\"", "aria-labelledby=\"check-ins-title\"", "class=\"series-0\"",
					"<title>08 · check-ins · 2</title>", "<th scope=\"row\">2031-03-09</th>", "must be stored")
			.doesNotContain("style=");
		assertThat(page.split("<svg class=\"chart-svg\"", -1)).hasSize(5);
		String backwards = this.mvc
			.perform(get("/officer/charts?day=2031-03-01&from=2031-03-10").with(SignedIn.auditor()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(backwards).contains("ends before it starts");
		this.mvc.perform(get("/officer/charts")).andExpect(status().is3xxRedirection());
	}

	/**
	 * 24 hourly values: the given hours' counts, every other hour's the last count given.
	 */
	private static List<Long> hours(Object... hourThenCount) {
		Long[] values = new Long[24];
		for (int i = 0; i < hourThenCount.length; i += 2) {
			int hour = (Integer) hourThenCount[i];
			if (hour < 0) {
				for (int h = 0; h < 24; h++) {
					values[h] = (values[h] != null) ? values[h] : (Long) hourThenCount[i + 1];
				}
			}
			else {
				values[hour] = (Long) hourThenCount[i + 1];
			}
		}
		return Collections.unmodifiableList(List.of(values));
	}

	private static CheckInStarted checkIn(Decision decision, Instant now) {
		return new CheckInStarted(EmployeeId.of(1), CheckInId.of(UUID.randomUUID()), "badge",
				List.of(new PhoneAssessment(PhoneId.of(1), "Pixel 8", decision, true, null, false)), null, now);
	}

	/** Moves the clock to the instant, then publishes the event as of then. */
	private void at(String instant, Function<Instant, AuditableEvent> event) {
		this.clock.set(Instant.parse(instant));
		this.events.publishEvent(event.apply(this.clock.instant()));
	}

}
