package org.cloakroom.kiosk.audit;

import org.cloakroom.kiosk.MigrationLocations;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2's {@code fleet_details_contain} answers as the central search's LIKE does: the
 * details in lower case, {@code %} and {@code _} wildcards, {@code \} escaping them.
 */
class DetailsTextTest {

	@Test
	void matchesTheDetailsInLowerCaseAsLikeDoes() {
		assertThat(DetailsText.contain("{\"kiosk\":\"East-1\"}", "%east-1%")).isTrue();
		assertThat(DetailsText.contain("{\"kiosk\":\"East-1\"}", "%west%")).isFalse();
		assertThat(DetailsText.contain("line one\nline two", "%one%two%")).isTrue();
		assertThat(DetailsText.contain("abc", "a_c")).isTrue();
		assertThat(DetailsText.contain("abc", "%b")).isFalse();
	}

	@Test
	void escapedWildcardsAndRegexCharactersAreLetters() {
		assertThat(DetailsText.contain("a_b", "%\\_%")).isTrue();
		assertThat(DetailsText.contain("ab", "%\\_%")).isFalse();
		assertThat(DetailsText.contain("50% off", "%50\\%%")).isTrue();
		assertThat(DetailsText.contain("500 off", "%50\\%%")).isFalse();
		assertThat(DetailsText.contain("a.b (c)", "%.b (c)%")).isTrue();
		assertThat(DetailsText.contain("axb", "%a.b%")).isFalse();
		assertThat(DetailsText.contain("c:\\dir", "%\\\\dir%")).isTrue();
	}

	@Test
	void migrationV31DefinesItOnH2ForTheCentralSearchsSql() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:details-text;DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(h2).locations(MigrationLocations.of(MigrationLocations.H2)).load().migrate();
		JdbcClient jdbc = JdbcClient.create(h2);
		assertThat(jdbc.sql("SELECT fleet_details_contain(?, ?)")
			.params("{\"Kiosk\":\"a_1\"}", "%a\\_1%")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("SELECT fleet_details_contain(?, ?)")
			.params("{\"kiosk\":\"ab1\"}", "%a\\_1%")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void nullIsUnknownAsInSql() {
		assertThat(DetailsText.contain(null, "%a%")).isNull();
		assertThat(DetailsText.contain("a", null)).isNull();
	}

}
