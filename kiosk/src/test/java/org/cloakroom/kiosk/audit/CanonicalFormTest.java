package org.cloakroom.kiosk.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CanonicalFormTest {

	private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

	@Test
	void detailsDoNotDependOnTheOrderOfFields() {
		String forward = CanonicalForm.details(new Forward("x", 1, AT));
		String backward = CanonicalForm.details(new Backward(AT, 1, "x"));

		assertThat(forward).isEqualTo(backward)
			.isEqualTo("{\"alpha\":\"x\",\"bravo\":1,\"charlie\":\"2026-11-22T08:00:00Z\"}");
	}

	@Test
	void detailsSortMapKeysWhateverTheirInsertionOrder() {
		Map<String, Integer> one = new LinkedHashMap<>();
		one.put("zulu", 1);
		one.put("alpha", 2);
		Map<String, Integer> other = new LinkedHashMap<>();
		other.put("alpha", 2);
		other.put("zulu", 1);

		assertThat(CanonicalForm.details(new Counted(one))).isEqualTo(CanonicalForm.details(new Counted(other)))
			.isEqualTo("{\"counts\":{\"alpha\":2,\"zulu\":1}}");
	}

	@Test
	void detailsWriteDurationsAsIsoStringsOnOneLine() {
		String details = CanonicalForm.details(new Waited(Duration.ofSeconds(90), List.of("a\nb")));

		assertThat(details).isEqualTo("{\"lines\":[\"a\\nb\"],\"waited\":\"PT1M30S\"}").doesNotContain("\n");
	}

	@Test
	void detailsOfAnEventWithoutFieldsAreAnEmptyObject() {
		assertThat(CanonicalForm.details(new Empty())).isEqualTo("{}");
	}

	@Test
	void recordedAtAlwaysHasThreeFractionDigits() {
		assertThat(CanonicalForm.recordedAt(AT)).isEqualTo("2026-11-22T08:00:00.000Z");
		assertThat(CanonicalForm.recordedAt(Instant.parse("2026-11-22T08:00:00.12Z")))
			.isEqualTo("2026-11-22T08:00:00.120Z");
	}

	@Test
	void hashIsSha256OfTheDocumentedLines() {
		// printf
		// '1\n2026-11-22T08:00:00.000Z\nDoorTested\nlocker:7\nfalse\n{"a":"x"}\n<64
		// zeros>' | sha256sum
		String hash = CanonicalForm.plainHash(1, AT, "DoorTested", "locker:7", false, "{\"a\":\"x\"}",
				CanonicalForm.GENESIS_HASH);

		assertThat(hash).isEqualTo("278381a6de8be2d176b31549a8449e061cfe725ee39ec3fa64eb8a0f50f6e7fe");
	}

	@Test
	void keyedHashIsHmacSha256OfTheSameLinesWithTheKeyFromItsFile() {
		// python3: k = base64.urlsafe_b64decode(text + "=="); hmac.new(k, lines,
		// hashlib.sha256).hexdigest(); the id: hmac.new(k, b"cloakroom audit key id",
		// sha256).hexdigest()[:16]
		ChainKey key = ChainKey.parse("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\n", "test key");

		assertThat(CanonicalForm.hash(key, 1, AT, "DoorTested", "locker:7", false, "{\"a\":\"x\"}",
				CanonicalForm.GENESIS_HASH))
			.isEqualTo("5156f08e7657f3922e83c49e8f5ef478a1ed3b0cbdf775ea2295c31bc171c455");
		assertThat(key.id()).isEqualTo("be73a3e08afffaf5");
		assertThat(key.toString()).doesNotContain("AAECAw");
	}

	@Test
	void refusesAKeyShorterThan32BytesNamingItsFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChainKey.parse("AAECAw", "/secrets/audit-chain.key"))
			.withMessageContaining("/secrets/audit-chain.key");
	}

	@Test
	void hashChangesWithEveryField() {
		String base = CanonicalForm.plainHash(1, AT, "T", "s", false, "{}", CanonicalForm.GENESIS_HASH);

		assertThat(List.of(CanonicalForm.plainHash(2, AT, "T", "s", false, "{}", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT.plusMillis(1), "T", "s", false, "{}", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT, "U", "s", false, "{}", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT, "T", "t", false, "{}", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT, "T", "s", true, "{}", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT, "T", "s", false, "{ }", CanonicalForm.GENESIS_HASH),
				CanonicalForm.plainHash(1, AT, "T", "s", false, "{}", "1".repeat(64))))
			.doesNotContain(base)
			.doesNotHaveDuplicates();
	}

	record Forward(String alpha, int bravo, Instant charlie) {
	}

	record Backward(Instant charlie, int bravo, String alpha) {
	}

	record Counted(Map<String, Integer> counts) {
	}

	record Waited(Duration waited, List<String> lines) {
	}

	record Empty() {
	}

}
