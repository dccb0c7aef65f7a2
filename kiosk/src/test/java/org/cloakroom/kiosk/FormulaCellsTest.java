package org.cloakroom.kiosk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaCellsTest {

	@Test
	void cellsASpreadsheetWouldRunAreWrittenAsText() {
		String csv = CsvRows.write(List.of(List.of("=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "-2+3",
				"@SUM(1+1)", "\tTab", "\rReturn", "plain", "")));
		List<String> written = List.of(csv.split(",", -1));
		assertThat(written.get(0)).startsWith("\"'=HYPERLINK");
		assertThat(written.get(1)).startsWith("'+cmd");
		assertThat(written.get(2)).isEqualTo("'-2+3");
		assertThat(written.get(3)).isEqualTo("'@SUM(1+1)");
		assertThat(written.get(4)).isEqualTo("'\tTab");
		assertThat(written.get(5)).isEqualTo("\"'\rReturn\"");
		assertThat(written.get(6)).isEqualTo("plain");
	}

	@Test
	void readingAWrittenFileGivesBackExactlyWhatWasWritten() {
		List<String> cells = List.of("=1+1", "+1", "-1", "@a", "\tx", "\ry", "'", "''", "'=quoted", "'plain", "it's",
				"plain", "");
		List<CsvRows.Row> rows = CsvRows.read(CsvRows.write(List.of(cells)));
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row.fields()).isEqualTo(cells));
	}

	@Test
	void anApostropheBeforeOrdinaryTextIsKeptOnReading() {
		assertThat(FormulaCells.restore("'plain")).isEqualTo("'plain");
		assertThat(FormulaCells.restore("'=1")).isEqualTo("=1");
		assertThat(FormulaCells.restore("''x")).isEqualTo("'x");
		assertThat(FormulaCells.neutralise("it's")).isEqualTo("it's");
	}

}
