package org.cloakroom.kiosk.policy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision's reasons as the kiosk says them: once per app (an alias whose main entry is
 * also a reason shows under it, WeChat Pay under WeChat), in the reader's language
 * ({@code messages/policy} for the rules, the entry's text for the catalogue, English
 * where either lacks it), dates in the reader's zone and locale. The decision's own
 * {@link Reason#plainWords()} stay English for the audit log.
 */
@Component
public class PlainReasons {

	private final MessageSource messages;

	private final CatalogueTables tables;

	PlainReasons(MessageSource messages, CatalogueTables tables) {
		this.messages = messages;
		this.tables = tables;
	}

	/** As {@link #of(Decision, Locale, ZoneId)} in the machine's zone. */
	public List<PlainReason> of(Decision decision, Locale locale) {
		return of(decision, locale, ZoneId.systemDefault());
	}

	@Transactional(readOnly = true)
	public List<PlainReason> of(Decision decision, Locale locale, ZoneId zone) {
		ReasonWords words = new ReasonWords(this.messages, locale, zone);
		Map<String, FlaggedApp> entries = entries(decision);
		Map<String, Reason> named = new LinkedHashMap<>();
		decision.reasons()
			.stream()
			.filter((reason) -> reason.catalogueEntry() != null)
			.forEach((reason) -> named.putIfAbsent(reason.catalogueEntry(), reason));
		Map<String, Line> lines = new LinkedHashMap<>();
		for (Reason reason : decision.reasons()) {
			FlaggedApp entry = (reason.catalogueEntry() != null) ? entries.get(reason.catalogueEntry()) : null;
			if (entry == null) {
				lines.put("reason " + lines.size(), new Line(words.words(reason), words.source(reason)));
			}
			else if (entry.isAlias() && named.containsKey(entry.aliasOf()) && entries.containsKey(entry.aliasOf())) {
				FlaggedApp main = entries.get(entry.aliasOf());
				Reason its = named.get(main.id());
				lines.computeIfAbsent(main.id(), (id) -> new Line(words.words(its, main), words.source(its, main)))
					.alsoCovers()
					.add(entry.nameIn(locale));
			}
			else {
				lines.computeIfAbsent(entry.id(),
						(id) -> new Line(words.words(reason, entry), words.source(reason, entry)));
			}
		}
		return lines.values()
			.stream()
			.map((line) -> new PlainReason(line.words(), line.alsoCovers().stream().distinct().toList(), line.source()))
			.toList();
	}

	/** The entries the reasons name, retired ones too (a decision may predate it). */
	private Map<String, FlaggedApp> entries(Decision decision) {
		if (decision.reasons().stream().allMatch((reason) -> reason.catalogueEntry() == null)) {
			return Map.of();
		}
		return this.tables.loadEntries()
			.stream()
			.map(CatalogueEntry::app)
			.collect(Collectors.toMap(FlaggedApp::id, (app) -> app));
	}

	private record Line(String words, String source, List<String> alsoCovers) {

		Line(String words, String source) {
			this(words, source, new ArrayList<>());
		}

	}

}
