package org.cloakroom.kiosk.web.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.chart.Chart;
import org.cloakroom.kiosk.chart.ChartRefusal;
import org.cloakroom.kiosk.chart.Charts;
import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The charts section: a day's check-ins per hour and locker occupancy, and a range's
 * alerts per day by kind and decisions by rule (the seven days to the day, unless a range
 * is given), drawn as SVG with a table of the same numbers.
 */
@Controller
@RequestMapping("/officer/charts")
class ChartsPage {

	private static final int DEFAULT_DAYS = 7;

	private final Charts charts;

	private final MessageSource messages;

	private final RefusalWords refusals;

	ChartsPage(Charts charts, MessageSource messages, RefusalWords refusals) {
		this.charts = charts;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping
	String charts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model,
			Locale locale, HttpServletResponse response) {
		LocalDate shown = (day != null) ? day : this.charts.today();
		LocalDate first = (from != null) ? from : shown.minusDays(DEFAULT_DAYS - 1);
		model.addAttribute("day", shown);
		model.addAttribute("from", first);
		try {
			model.addAttribute("charts",
					List.of(view(this.charts.checkInsPerHour(shown), locale),
							view(this.charts.lockerOccupancy(shown), locale),
							view(this.charts.alertsPerDay(first, shown), locale),
							view(this.charts.decisionsByRule(first, shown), locale)));
		}
		catch (ChartRefusal refusal) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("charts", List.of());
			model.addAttribute("refusal", this.refusals.of(refusal, locale));
		}
		return "officer-charts";
	}

	private ChartView view(Chart chart, Locale locale) {
		String key = "officer.charts." + chart.name();
		List<String> legend = chart.series()
			.stream()
			.map((series) -> this.messages.getMessage("officer.charts.series." + series.name(), null, series.name(),
					locale))
			.toList();
		return ChartView.of(chart, this.messages.getMessage(key + ".title", null, locale),
				this.messages.getMessage(key + ".description", null, locale), legend);
	}

}
