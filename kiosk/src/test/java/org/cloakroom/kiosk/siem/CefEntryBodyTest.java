package org.cloakroom.kiosk.siem;

import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CefEntryBodyTest {

	private final CefEntryBody cef = new CefEntryBody("door-1");

	@Test
	void escapesBackslashAndPipeInHeaderFieldsAndTurnsLineBreaksToSpaces() {
		assertThat(CefEntryBody.header("a|b\\c\nd\re")).isEqualTo("a\\|b\\\\c d e");
	}

	@Test
	void escapesBackslashEqualsAndLineBreaksInExtensionValuesButNotPipes() {
		assertThat(CefEntryBody.extensionValue("a=b\\c\nd\re|f")).isEqualTo("a\\=b\\\\c\\nd\\re|f");
	}

	@Test
	void carriesTheTypeSeverityEventIdTimeAndDetails() {
		AuditEntry entry = new AuditEntry(12, Instant.parse("2026-11-22T08:44:40.120Z"), "LockerOpened", "locker:7",
				false, "{\"note\":\"a=b\"}", "a".repeat(64), "b".repeat(64));

		String line = this.cef.of(entry);

		assertThat(line).startsWith("CEF:0|Cloakroom|Cloakroom kiosk|")
			.contains("|LockerOpened|LockerOpened|3|rt=1795337080120 externalId=12 cn1Label=sequence cn1=12 "
					+ "cs1Label=hash cs1=" + "b".repeat(64) + " cs2Label=previousHash cs2=" + "a".repeat(64)
					+ " cs3Label=subject cs3=locker:7 cs4Label=alert cs4=false dvchost=door-1 msg={\"note\":\"a\\=b\"}")
			.doesNotContain("\n");
	}

	@Test
	void aParserReadsBackEveryValueWhateverItHolds() {
		String nasty = "{\"note\":\"a=b|c\\\\d\\nline two cs1=forged\"}";
		AuditEntry entry = new AuditEntry(12, Instant.parse("2026-11-22T08:44:40.120Z"), "Odd|Type\\", "kiosk", true,
				nasty, "a", "b");

		CefLine parsed = CefLine.parse(this.cef.of(entry));

		assertThat(parsed.header()).element(4).isEqualTo("Odd|Type\\");
		assertThat(parsed.header()).element(6).isEqualTo("8");
		assertThat(parsed.extensions()).containsEntry("msg", nasty)
			.containsEntry("cs1", "b")
			.containsEntry("externalId", "12")
			.containsEntry("dvchost", "door-1");
	}

	@Test
	void alertsAreOfHighSeverity() {
		AuditEntry alert = new AuditEntry(13, Instant.parse("2026-11-22T08:44:40.120Z"), "LockerForced", "locker:7",
				true, "{}", "a", "b");

		assertThat(this.cef.of(alert)).contains("|LockerForced|LockerForced|8|");
	}

}
