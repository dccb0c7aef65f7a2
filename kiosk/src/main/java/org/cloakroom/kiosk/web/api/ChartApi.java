package org.cloakroom.kiosk.web.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cloakroom.kiosk.chart.Chart;
import org.cloakroom.kiosk.chart.Charts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's charts as series: a day's (default today, UTC) or a range of days'
 * (default the seven days to today).
 */
@RestController
@RequestMapping("/api/v1/charts")
@Tag(name = "charts", description = "Counts over the log, as the officer console charts them")
class ChartApi {

	private static final int DEFAULT_DAYS = 7;

	private final Charts charts;

	ChartApi(Charts charts) {
		this.charts = charts;
	}

	@GetMapping("/check-ins")
	@Operation(summary = "Check-ins per hour of a day (UTC)")
	Chart checkIns(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.charts.checkInsPerHour((day != null) ? day : this.charts.today());
	}

	@GetMapping("/occupancy")
	@Operation(summary = "Lockers holding phones in each hour of a day (UTC)")
	Chart occupancy(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.charts.lockerOccupancy((day != null) ? day : this.charts.today());
	}

	@GetMapping("/alerts")
	@Operation(summary = "Entries that raised an alert, per day and event type, from 'from' to 'to' inclusive")
	Chart alerts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = (to != null) ? to : this.charts.today();
		return this.charts.alertsPerDay((from != null) ? from : last.minusDays(DEFAULT_DAYS - 1), last);
	}

	@GetMapping("/decisions")
	@Operation(summary = "Phones decided at check-ins per rule and verdict, from 'from' to 'to' inclusive")
	Chart decisions(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = (to != null) ? to : this.charts.today();
		return this.charts.decisionsByRule((from != null) ? from : last.minusDays(DEFAULT_DAYS - 1), last);
	}

}
