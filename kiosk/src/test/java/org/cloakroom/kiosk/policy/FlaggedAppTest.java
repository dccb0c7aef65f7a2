package org.cloakroom.kiosk.policy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.cloakroom.kiosk.enrolment.Platform;

class FlaggedAppTest {

	private static final FlaggedAppSource SOURCE = new FlaggedAppSource("A report", LocalDate.of(2020, 1, 1),
			"https://example.org/report", null);

	private static FlaggedApp entry(String id, Severity severity) {
		return new FlaggedApp(id, "Some App", "Some Publisher", severity, "it leaks", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "org.some.app", false, null)), List.of(SOURCE));
	}

	@Test
	void plainWordsNameTheAppAndTheReason() {
		assertThat(entry("some-app", Severity.WARN).plainWords())
			.isEqualTo("Some App is on the flagged-app list: it leaks");
	}

	@Test
	void refusesAnIdThatIsNotASlug() {
		assertThatIllegalArgumentException().isThrownBy(() -> entry("Some App", Severity.WARN))
			.withMessageContaining("'Some App'");
	}

	@Test
	void refusesAMissingSeverityNamingTheEntry() {
		assertThatIllegalArgumentException().isThrownBy(() -> entry("some-app", null))
			.withMessageContaining("'some-app'")
			.withMessageContaining("severity");
	}

	@Test
	void refusesBeingAnAliasOfItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FlaggedApp("x-pay", "X Pay", "X", Severity.WARN, "r", "x-pay", null, List.of(SOURCE)))
			.withMessageContaining("alias of itself");
	}

	@Test
	void refusesASourceWithoutAWebAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FlaggedAppSource("A report", LocalDate.of(2020, 1, 1), "ftp://x", null))
			.withMessageContaining("A report")
			.withMessageContaining("ftp://x");
	}

	@Test
	void textIsKeyedByALanguageTagOtherThanEnglishAndFallsBackToEnglish() {
		FlaggedApp app = new FlaggedApp("some-app", "Some App", "Some Publisher", Severity.WARN, "it leaks", null,
				List.of(new FlaggedAppIdentifier(Platform.ANDROID, "org.some.app", false, null)), List.of(SOURCE),
				java.util.Map.of("zh-CN", new FlaggedAppText("某应用", "它会泄露"), "es", new FlaggedAppText(null, "filtra")));

		assertThat(app.nameIn(java.util.Locale.forLanguageTag("zh-CN"))).isEqualTo("某应用");
		assertThat(app.nameIn(java.util.Locale.forLanguageTag("es-ES"))).as("no Spanish name").isEqualTo("Some App");
		assertThat(app.reasonIn(java.util.Locale.forLanguageTag("es-ES"))).isEqualTo("filtra");
		assertThat(app.reasonIn(java.util.Locale.GERMAN)).isEqualTo("it leaks");
		for (String tag : List.of("en", "zh_CN", "not a tag")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new FlaggedApp("some-app", "Some App", "P", Severity.WARN, "r", null, List.of(),
						List.of(SOURCE), java.util.Map.of(tag, new FlaggedAppText(null, "r"))))
				.as(tag)
				.withMessageContaining("'" + tag + "'");
		}
	}

}
