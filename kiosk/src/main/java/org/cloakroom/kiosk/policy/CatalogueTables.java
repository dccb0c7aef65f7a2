package org.cloakroom.kiosk.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.enrolment.Platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's four tables, read and written as whole entries. */
@Repository
class CatalogueTables {

	private final JdbcClient jdbc;

	CatalogueTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM flagged_app").query(Long.class).single();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM flagged_app WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Every entry that is not retired, with only its own identifiers, ordered by id. */
	List<FlaggedApp> loadAll() {
		return loadEntries().stream().filter((entry) -> !entry.retired()).map(CatalogueEntry::app).toList();
	}

	/** Every entry, retired ones too, with only its own identifiers, ordered by id. */
	List<CatalogueEntry> loadEntries() {
		Map<String, List<FlaggedAppIdentifier>> identifiers = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT app_id, platform, identifier, verified, evidence FROM flagged_app_identifier "
					+ "ORDER BY app_id, platform, identifier")
			.query((rs) -> {
				identifiers.computeIfAbsent(rs.getString("app_id"), (k) -> new ArrayList<>()).add(identifier(rs));
			});
		Map<String, List<FlaggedAppSource>> sources = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT app_id, title, published, url, note FROM flagged_app_source ORDER BY app_id, published, id")
			.query((rs) -> {
				sources.computeIfAbsent(rs.getString("app_id"), (k) -> new ArrayList<>()).add(source(rs));
			});
		Map<String, Map<String, FlaggedAppText>> text = new LinkedHashMap<>();
		this.jdbc.sql("SELECT app_id, language, name, reason FROM flagged_app_text ORDER BY app_id, language")
			.query((rs) -> {
				text.computeIfAbsent(rs.getString("app_id"), (k) -> new LinkedHashMap<>())
					.put(rs.getString("language"), new FlaggedAppText(rs.getString("name"), rs.getString("reason")));
			});
		return this.jdbc
			.sql("SELECT id, name, publisher, severity, reason, alias_of, retired_at, retired_because "
					+ "FROM flagged_app ORDER BY id")
			.query((rs, row) -> {
				String id = rs.getString("id");
				FlaggedApp app = new FlaggedApp(id, rs.getString("name"), rs.getString("publisher"),
						Severity.valueOf(rs.getString("severity")), rs.getString("reason"), rs.getString("alias_of"),
						identifiers.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()),
						text.getOrDefault(id, Map.of()));
				OffsetDateTime retired = rs.getObject("retired_at", OffsetDateTime.class);
				return new CatalogueEntry(app, (retired == null) ? null : retired.toInstant(),
						rs.getString("retired_because"));
			})
			.list();
	}

	/** Replaces an entry's fields, identifiers, sources and text in other languages. */
	void update(FlaggedApp entry) {
		this.jdbc
			.sql("UPDATE flagged_app SET name = ?, publisher = ?, severity = ?, reason = ?, alias_of = ? WHERE id = ?")
			.params(entry.name(), entry.publisher(), entry.severity().name(), entry.reason(), entry.aliasOf(),
					entry.id())
			.update();
		this.jdbc.sql("DELETE FROM flagged_app_identifier WHERE app_id = ?").param(entry.id()).update();
		this.jdbc.sql("DELETE FROM flagged_app_source WHERE app_id = ?").param(entry.id()).update();
		this.jdbc.sql("DELETE FROM flagged_app_text WHERE app_id = ?").param(entry.id()).update();
		insertDetails(entry);
	}

	void retire(String id, Instant at, String because) {
		this.jdbc.sql("UPDATE flagged_app SET retired_at = ?, retired_because = ? WHERE id = ?")
			.params(at.atOffset(ZoneOffset.UTC), because, id)
			.update();
	}

	/** An entry retired before is in force again. */
	void unretire(String id) {
		this.jdbc.sql("UPDATE flagged_app SET retired_at = NULL, retired_because = NULL WHERE id = ?")
			.param(id)
			.update();
	}

	void insert(FlaggedApp entry) {
		this.jdbc
			.sql("INSERT INTO flagged_app (id, name, publisher, severity, reason, alias_of) VALUES (?, ?, ?, ?, ?, ?)")
			.params(entry.id(), entry.name(), entry.publisher(), entry.severity().name(), entry.reason(),
					entry.aliasOf())
			.update();
		insertDetails(entry);
	}

	private void insertDetails(FlaggedApp entry) {
		for (FlaggedAppIdentifier identifier : entry.identifiers()) {
			this.jdbc
				.sql("INSERT INTO flagged_app_identifier (app_id, platform, identifier, verified, evidence) "
						+ "VALUES (?, ?, ?, ?, ?)")
				.params(entry.id(), identifier.platform().name(), identifier.identifier(), identifier.verified(),
						identifier.evidence())
				.update();
		}
		for (FlaggedAppSource source : entry.sources()) {
			this.jdbc.sql("INSERT INTO flagged_app_source (app_id, title, published, url, note) VALUES (?, ?, ?, ?, ?)")
				.params(entry.id(), source.title(), source.published(), source.url(), source.note())
				.update();
		}
		entry.text()
			.forEach((language, text) -> this.jdbc
				.sql("INSERT INTO flagged_app_text (app_id, language, name, reason) VALUES (?, ?, ?, ?)")
				.params(entry.id(), language, text.name(), text.reason())
				.update());
	}

	private static FlaggedAppIdentifier identifier(ResultSet rs) throws SQLException {
		return new FlaggedAppIdentifier(Platform.valueOf(rs.getString("platform")), rs.getString("identifier"),
				rs.getBoolean("verified"), rs.getString("evidence"));
	}

	private static FlaggedAppSource source(ResultSet rs) throws SQLException {
		return new FlaggedAppSource(rs.getString("title"), rs.getObject("published", LocalDate.class),
				rs.getString("url"), rs.getString("note"));
	}

}
