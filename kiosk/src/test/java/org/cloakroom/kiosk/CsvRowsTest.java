package org.cloakroom.kiosk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRowsTest {

	@Test
	void readsQuotedFieldsAndKeepsTheLineEachRecordStartsOn() {
		List<CsvRows.Row> rows = CsvRows.read("\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\n\nlast,\n");

		assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 5);
		assertThat(rows.get(1).fields()).containsExactly("x, \"y\"", "two\nlines");
		assertThat(rows.get(2).fields()).containsExactly("last", "");
	}

	@Test
	void refusesAnUnclosedQuoteNamingTheLineItOpensOn() {
		assertThatExceptionOfType(CsvRows.MalformedCsvException.class).isThrownBy(() -> CsvRows.read("a\n\"open\n,b"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
		assertThatExceptionOfType(CsvRows.MalformedCsvException.class).isThrownBy(() -> CsvRows.read("\"closed\"x"))
			.withMessageContaining("after a closing quote");
	}

	@Test
	void writesWhatItReadsQuotingOnlyWhatNeedsIt() {
		List<List<String>> records = List.of(List.of("id", "name"), List.of("1", "WeChat, \"Weixin\""),
				List.of("2", " padded "), List.of("3", "two\nlines"));

		String csv = CsvRows.write(records);

		assertThat(csv).startsWith("id,name\r\n1,\"WeChat, \"\"Weixin\"\"\"\r\n");
		assertThat(CsvRows.read(csv)).extracting(CsvRows.Row::fields).containsExactlyElementsOf(records);
	}

	@Test
	void refusesARecordThatNeverEnds() {
		String open = "a,b\n\"" + "x".repeat(CsvRows.MAX_RECORD_CHARS + 10_000) + "\n";

		assertThatExceptionOfType(CsvRows.MalformedCsvException.class).isThrownBy(() -> CsvRows.read(open))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.satisfies((ex) -> assertThat(ex.reason()).startsWith("a record is longer than 1,048,576 characters"))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("line 2: a record is longer"));
	}

	@Test
	void handsRecordsOnOneByOne() {
		List<Integer> lines = new java.util.ArrayList<>();
		CsvRows.each(new java.io.StringReader("h\n1\n\n2\n"), (row) -> lines.add(row.line()));

		assertThat(lines).containsExactly(1, 2, 4);
	}

}
