package org.cloakroom.kiosk.policy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloakroom.kiosk.enrolment.Platform;

class CatalogueCsvTest {

	@Test
	void cellListsSplitItemsAndFieldsAndTakeEscapesLiterally() {
		assertThat(CellLists.read("android:com.tencent.mm|ios:com.tencent.xin;true; seen \\| here \\; too"))
			.containsExactly(List.of("android:com.tencent.mm"),
					List.of("ios:com.tencent.xin", "true", "seen | here ; too"));
		assertThat(CellLists.read(" ")).isEmpty();
		List<List<String>> items = List.of(List.of("a\\b", "c|d;e"), List.of("f"));
		assertThat(CellLists.read(CellLists.write(items))).isEqualTo(items);
	}

	@Test
	void writtenEntriesReadBackAsTheSameDrafts() {
		FlaggedApp app = new FlaggedApp("odd-app", "Odd, \"quoted\" App", "P; Q", Severity.WARN, "it is odd|strange",
				null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "org.odd", true, "listing; seen"),
						new FlaggedAppIdentifier(Platform.IOS, "org.odd.*", false, null)),
				List.of(new FlaggedAppSource("A; title", LocalDate.of(2021, 1, 5), "https://e.org/a?b=c;d", null)));

		CatalogueCsv.Parsed parsed = CatalogueCsv.read(CatalogueCsv.write(List.of(app)));

		assertThat(parsed.problems()).isEmpty();
		assertThat(DraftCheck.check(parsed.drafts().get(0)).entry()).isEqualTo(app);
	}

	@Test
	void headerNamesIgnoreCaseSeparatorsAndOrder() {
		CatalogueCsv.Parsed parsed = CatalogueCsv
			.read("SOURCES,Identifiers,alias_of,REASON,severity,Publisher,name,Id\n"
					+ "2020-01-01;T;https://e.org,android:org.x,,r,WARN,P,N,x-app\n");

		assertThat(parsed.problems()).isEmpty();
		assertThat(DraftCheck.check(parsed.drafts().get(0)).entry().id()).isEqualTo("x-app");
	}

}
