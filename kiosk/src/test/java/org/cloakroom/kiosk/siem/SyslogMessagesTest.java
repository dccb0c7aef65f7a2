package org.cloakroom.kiosk.siem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SyslogMessagesTest {

	static final AuditEntry ENTRY = new AuditEntry(12, Instant.parse("2026-11-22T08:44:40.120Z"), "LockerOpened",
			"locker:7", false, "{\"by\":\"Zoë \\\"Z\\\"\",\"locker\":7}", "a".repeat(64), "b".repeat(64));

	private final SyslogMessages json = new SyslogMessages(13, "door-1", "cloakroom", new JsonEntryBody());

	@Test
	void writesTheRfc5424HeaderWithTheEntrysTimeAndTypeAndTheEventIdInStructuredData() {
		String message = text(this.json.of(ENTRY));

		assertThat(message).startsWith("<110>1 2026-11-22T08:44:40.120Z door-1 cloakroom - LockerOpened "
				+ "[cloakroom@32473 seq=\"12\" hash=\"" + "b".repeat(64) + "\" previousHash=\"" + "a".repeat(64)
				+ "\" subject=\"locker:7\" alert=\"false\"] {");
	}

	@Test
	void alertsGoAtSeverityAlertOthersAtInformational() {
		AuditEntry alert = new AuditEntry(13, ENTRY.at(), "LockerForced", "locker:7", true, "{}", "a", "b");

		assertThat(text(this.json.of(alert))).startsWith("<105>1 ");
		assertThat(text(new SyslogMessages(4, "h", "a", new JsonEntryBody()).of(ENTRY))).startsWith("<38>1 ");
	}

	@Test
	void escapesQuoteBackslashAndClosingBracketInParameterValues() {
		assertThat(SyslogMessages.paramValue("a\"b\\c]d[e")).isEqualTo("a\\\"b\\\\c\\]d[e");
	}

	@Test
	void keepsHeaderFieldsToPrintableAsciiWithinTheirLengthAndNilWhenEmpty() {
		assertThat(SyslogMessages.headerField("Locker Opened\tä", 32)).isEqualTo("Locker_Opened__");
		assertThat(SyslogMessages.headerField("X".repeat(40), 32)).hasSize(32);
		assertThat(SyslogMessages.headerField("", 32)).isEqualTo("-");
		assertThat(SyslogMessages.headerField(null, 48)).isEqualTo("-");
		assertThat(text(new SyslogMessages(13, null, "cloakroom", new JsonEntryBody()).of(ENTRY)))
			.startsWith("<110>1 2026-11-22T08:44:40.120Z - cloakroom - LockerOpened [");
	}

	@Test
	void framesByOctetCountingInBytesNotCharacters() {
		byte[] message = "<110>1 - - - - - Zoë".getBytes(StandardCharsets.UTF_8);

		byte[] framed = SyslogMessages.octetCounted(message);

		assertThat(text(framed)).isEqualTo("21 <110>1 - - - - - Zoë");
		assertThat(message).hasSize(21);
	}

	@Test
	void theJsonBodyIsTheWholeEntryOnOneAsciiLineWithTheDetailsAsJson() {
		String message = text(this.json.of(ENTRY));
		String body = message.substring(message.indexOf("] ") + 2);

		assertThat(body).doesNotContain("\n").matches("\\p{ASCII}*").contains("Zo\\u00EB");
		JsonNode parsed = JsonMapper.shared().readTree(body);
		assertThat(parsed.get("sequence").asLong()).isEqualTo(12);
		assertThat(parsed.get("recordedAt").asString()).isEqualTo("2026-11-22T08:44:40.120Z");
		assertThat(parsed.get("type").asString()).isEqualTo("LockerOpened");
		assertThat(parsed.get("subject").asString()).isEqualTo("locker:7");
		assertThat(parsed.get("alert").asBoolean()).isFalse();
		assertThat(parsed.get("details").get("by").asString()).isEqualTo("Zoë \"Z\"");
		assertThat(parsed.get("details").get("locker").asInt()).isEqualTo(7);
		assertThat(parsed.get("hash").asString()).isEqualTo("b".repeat(64));
		assertThat(parsed.get("previousHash").asString()).isEqualTo("a".repeat(64));
	}

	@Test
	void detailsThatAreNotJsonStillGoAsText() {
		AuditEntry odd = new AuditEntry(1, ENTRY.at(), "T", "kiosk", false, "not {json", "a", "b");

		String message = text(this.json.of(odd));

		JsonNode parsed = JsonMapper.shared().readTree(message.substring(message.indexOf("] ") + 2));
		assertThat(parsed.get("details").asString()).isEqualTo("not {json");
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
