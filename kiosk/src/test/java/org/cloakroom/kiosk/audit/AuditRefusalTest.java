package org.cloakroom.kiosk.audit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.cloakroom.kiosk.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRefusalTest {

	private static final ResourceBundle WORDS = ResourceBundle.getBundle("messages/audit", Locale.ENGLISH);

	@Test
	void aLimitBelowOneIsInvalidInTheWordsTheApiHasAlwaysAnswered() {
		AuditRefusal refusal = AuditRefusal.limitTooSmall(-2000);

		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(words(refusal)).isEqualTo("limit must be at least 1, got -2000");
	}

	@Test
	void aBlankSubjectIsInvalidAndQuotedInTheWords() {
		AuditRefusal refusal = AuditRefusal.subjectMissing(" ");

		assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
		assertThat(words(refusal)).isEqualTo("An audit subject is required, was ' '");
	}

	private static String words(Refusal refusal) {
		return new MessageFormat(WORDS.getString("refusal." + refusal.code()), Locale.ENGLISH)
			.format(refusal.arguments().toArray());
	}

}
