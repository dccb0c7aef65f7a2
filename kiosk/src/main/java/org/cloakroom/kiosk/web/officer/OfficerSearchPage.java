package org.cloakroom.kiosk.web.officer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditFilter;
import org.cloakroom.kiosk.audit.AuditPage;
import org.cloakroom.kiosk.audit.AuditRefusal;
import org.cloakroom.kiosk.audit.AuditSearch;
import org.cloakroom.kiosk.audit.EntrySeverity;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.web.RefusalWords;
import org.cloakroom.kiosk.web.api.AuditSearchParameters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The console's search: a form of the log's filters, a page of results newest first with
 * a link to the next by cursor, links that export the same search, and a visit's page. A
 * filter the search refuses is shown above the form, in the refusal's words. In the
 * central home it searches every kiosk's entries: each row names its kiosk and site, the
 * form takes a site, and the person, phone and locker fields (one kiosk's ids) are gone.
 */
@Controller
@RequestMapping("/officer/search")
class OfficerSearchPage {

	private static final int PAGE = 50;

	private static final Set<String> PAGING = Set.of("before");

	/** A check-in's id in an entry's details: where a row links to its visit. */
	private static final Pattern VISIT = Pattern.compile("\"visitId\":\"([0-9a-f-]{36})\"");

	private final AuditSearch search;

	private final AuditSearchParameters parameters;

	private final RefusalWords words;

	OfficerSearchPage(AuditSearch search, AuditSearchParameters parameters, RefusalWords words) {
		this.search = search;
		this.parameters = parameters;
		this.words = words;
	}

	@GetMapping
	String page(@RequestParam MultiValueMap<String, String> query, @RequestParam(required = false) String before,
			Model model, Locale locale) {
		boolean central = this.parameters.acrossKiosks();
		model.addAttribute("acrossKiosks", central);
		model.addAttribute("query", query);
		model.addAttribute("form", SearchForm.of(query));
		model.addAttribute("types", this.search.eventTypes());
		model.addAttribute("severities", List.of(EntrySeverity.values()));
		try {
			String cursor = this.parameters.cursor("before", before);
			AuditFilter filter = this.parameters.filter(query, PAGING);
			AuditPage page = this.search.find(filter, cursor, PAGE);
			model.addAttribute("rows",
					page.entries().stream().map(central ? SearchRow::across : SearchRow::of).toList());
			if (page.cursor() != null) {
				model.addAttribute("nextPage",
						ServletUriComponentsBuilder.fromCurrentRequest()
							.replaceQueryParam("before", page.cursor())
							.build()
							.toUriString());
			}
			String filters = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("before")
				.build()
				.getQuery();
			String and = (filters != null) ? "&" + filters : "";
			model.addAttribute("exportCsv", "/api/v1/audit/export?format=csv" + and);
			model.addAttribute("exportJson", "/api/v1/audit/export?format=json" + and);
			if (!page.entries().isEmpty() && !central) {
				// the entries this page shows, as one stretch of the chain with its proof
				long newest = page.entries().get(0).sequence();
				long oldest = page.entries().get(page.entries().size() - 1).sequence();
				model.addAttribute("evidence",
						"/api/v1/audit/evidence?fromSequence=" + oldest + "&toSequence=" + newest);
			}
		}
		catch (AuditRefusal refused) {
			model.addAttribute("refusal", this.words.of(refused, locale));
			model.addAttribute("rows", List.of());
		}
		return "officer-search";
	}

	@GetMapping("/visits/{checkInId}")
	String visit(@PathVariable CheckInId checkInId, Model model) {
		model.addAttribute("checkInId", checkInId.toString());
		model.addAttribute("rows", this.search.visit(checkInId.toString()).stream().map(SearchRow::of).toList());
		return "officer-search-visit";
	}

	/** The form's fields as the request filled them, to show them again. */
	record SearchForm(String from, String to, String severity, String employee, String phone, String locker,
			String kiosk, String text, String site, String subject) {

		static SearchForm of(MultiValueMap<String, String> query) {
			return new SearchForm(query.getFirst("from"), query.getFirst("to"), query.getFirst("severity"),
					query.getFirst("employee"), query.getFirst("phone"), query.getFirst("locker"),
					query.getFirst("kiosk"), query.getFirst("text"), query.getFirst("site"), query.getFirst("subject"));
		}

	}

	/**
	 * One result as the page shows it; {@code visit} is the check-in it starts, if any.
	 */
	record SearchRow(AuditEntry entry, String visit) {

		static SearchRow of(AuditEntry entry) {
			Matcher visit = VISIT.matcher(entry.details());
			return new SearchRow(entry, visit.find() ? visit.group(1) : null);
		}

		/** Centrally: a visit is told in its kiosk's own log, not here. */
		static SearchRow across(AuditEntry entry) {
			return new SearchRow(entry, null);
		}

	}

}
