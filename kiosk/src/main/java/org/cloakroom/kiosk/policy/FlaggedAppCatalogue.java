package org.cloakroom.kiosk.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flagged-app catalogue: every entry with its identifiers and sources, and which
 * entries an app id on a given platform matches.
 */
@Service
public class FlaggedAppCatalogue {

	private static final Comparator<FlaggedApp> PARENTS_FIRST = Comparator.comparing(FlaggedApp::isAlias)
		.thenComparing(FlaggedApp::id);

	private final CatalogueTables tables;

	private final ApplicationEventPublisher events;

	FlaggedAppCatalogue(CatalogueTables tables, ApplicationEventPublisher events) {
		this.tables = tables;
		this.events = events;
	}

	/**
	 * Every entry that is not retired; an alias carries its parent's identifiers (none if
	 * its parent were retired, which administration refuses).
	 */
	@Transactional(readOnly = true)
	public List<FlaggedApp> all() {
		List<FlaggedApp> own = this.tables.loadAll();
		Map<String, FlaggedApp> byId = own.stream().collect(Collectors.toMap(FlaggedApp::id, Function.identity()));
		return own.stream().map((entry) -> entry.isAlias() ? withParentsIdentifiers(entry, byId) : entry).toList();
	}

	private static FlaggedApp withParentsIdentifiers(FlaggedApp alias, Map<String, FlaggedApp> byId) {
		FlaggedApp parent = byId.get(alias.aliasOf());
		return alias.withIdentifiers((parent == null) ? List.of() : parent.identifiers());
	}

	@Transactional(readOnly = true)
	public Optional<FlaggedApp> byId(String id) {
		return all().stream().filter((entry) -> entry.id().equals(id)).findFirst();
	}

	/** The entries (parents before aliases) that an app id on this platform is. */
	@Transactional(readOnly = true)
	public List<FlaggedApp> match(Platform platform, String appId) {
		return matching(all(), platform, appId);
	}

	/**
	 * For each app id that matches at least one entry, those entries; one catalogue read
	 * for a whole inventory.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<FlaggedApp>> matchEach(Platform platform, Collection<String> appIds) {
		List<FlaggedApp> entries = all();
		Map<String, List<FlaggedApp>> found = new TreeMap<>();
		for (String appId : appIds) {
			List<FlaggedApp> matches = matching(entries, platform, appId);
			if (!matches.isEmpty()) {
				found.put(appId, matches);
			}
		}
		return found;
	}

	/**
	 * For each display name (from an MDM report) that is the name of at least one entry,
	 * those entries and their aliases (an alias lives inside its parent); parents first.
	 * Weaker evidence than an app id: names are compared only after {@link DisplayNames}
	 * normalisation, never fuzzily.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<FlaggedApp>> matchEachName(Collection<String> displayNames) {
		List<FlaggedApp> entries = all();
		Map<String, List<FlaggedApp>> found = new TreeMap<>();
		for (String displayName : displayNames) {
			List<FlaggedApp> matches = entries.stream()
				.filter((entry) -> DisplayNames.same(displayName, entry.name())
						|| (entry.isAlias() && parentNamed(entries, entry.aliasOf(), displayName)))
				.sorted(PARENTS_FIRST)
				.toList();
			if (!matches.isEmpty()) {
				found.put(displayName, matches);
			}
		}
		return found;
	}

	private static boolean parentNamed(List<FlaggedApp> entries, String parentId, String displayName) {
		return entries.stream()
			.anyMatch((entry) -> entry.id().equals(parentId) && DisplayNames.same(displayName, entry.name()));
	}

	/**
	 * The declaration checklist for a platform: the entries that are not retired and have
	 * identifiers of their own on it (an alias has none: its parent stands for it), by
	 * name.
	 */
	@Transactional(readOnly = true)
	public List<ChecklistItem> checklist(Platform platform) {
		return this.tables.loadAll()
			.stream()
			.map((entry) -> new ChecklistItem(entry.id(), entry.name(), entry.publisher(),
					entry.identifiers()
						.stream()
						.filter((identifier) -> identifier.platform() == platform)
						.map(FlaggedAppIdentifier::identifier)
						.toList()))
			.filter((item) -> !item.identifiers().isEmpty())
			.sorted(Comparator.comparing((ChecklistItem item) -> item.name().toLowerCase(java.util.Locale.ROOT))
				.thenComparing(ChecklistItem::id))
			.toList();
	}

	/**
	 * Adds an entry. An alias names an existing entry that is not itself an alias and has
	 * no identifiers of its own; any other entry needs at least one identifier; every
	 * entry needs at least one source.
	 * @throws DuplicateFlaggedAppException when the id is taken
	 */
	@Transactional
	public void add(FlaggedApp entry) {
		if (this.tables.exists(entry.id())) {
			throw new DuplicateFlaggedAppException(entry.id());
		}
		checkShape(entry);
		this.tables.insert(entry);
		this.events.publishEvent(FlaggedAppAdded.of(entry, null));
	}

	private void checkShape(FlaggedApp entry) {
		if (entry.sources().isEmpty()) {
			throw new IllegalArgumentException("Flagged app '" + entry.id() + "' needs at least one source");
		}
		if (!entry.isAlias()) {
			if (entry.identifiers().isEmpty()) {
				throw new IllegalArgumentException("Flagged app '" + entry.id() + "' needs at least one identifier");
			}
			return;
		}
		if (!entry.identifiers().isEmpty()) {
			throw new IllegalArgumentException("Flagged app '" + entry.id() + "' is an alias of '" + entry.aliasOf()
					+ "' and takes its identifiers from it; it cannot have its own");
		}
		FlaggedApp parent = byId(entry.aliasOf()).orElseThrow(() -> new IllegalArgumentException(
				"Flagged app '" + entry.id() + "' is an alias of '" + entry.aliasOf() + "', which does not exist"));
		if (parent.isAlias()) {
			throw new IllegalArgumentException("Flagged app '" + entry.id() + "' cannot be an alias of '" + parent.id()
					+ "', which is itself an alias");
		}
	}

	private static List<FlaggedApp> matching(List<FlaggedApp> entries, Platform platform, String appId) {
		return entries.stream().filter((entry) -> entry.matches(platform, appId)).sorted(PARENTS_FIRST).toList();
	}

}
