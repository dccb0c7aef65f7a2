package org.cloakroom.kiosk.web;

import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.Refusal;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal answers by its kind in the bundle's words; a fault, whatever its type (an
 * {@code IllegalStateException} of our own too), is a 500 that names no Java type and is
 * logged once with its stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest {

	private final ApiErrors errors = new ApiErrors(
			Clock.systemUTC(), new ImportLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(32),
					DataSize.ofMegabytes(1), 1_000_000, 100, DataSize.ofMegabytes(256), 100, DataSize.ofMegabytes(8)),
			new RefusalWords(messages()));

	private final ServletWebRequest request = new ServletWebRequest(
			new MockHttpServletRequest("POST", "/api/v1/kiosk/store"));

	@Test
	void anUnexpectedFailureIsA500NamingNoTypeAndLoggedOnceWithItsStack(CapturedOutput output) {
		ProblemDetail problem = this.errors
			.unexpected(new NullPointerException("Cannot invoke \"java.util.List.size()\""), this.request);
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getDetail()).doesNotContain("java", "Null", "Exception");
		assertThat(output.getOut().split("Unexpected failure answering POST /api/v1/kiosk/store", -1)).hasSize(2);
		assertThat(output.getOut()).contains("java.lang.NullPointerException").contains("\tat ");
	}

	@Test
	void anIllegalStateOfOurOwnIsAFaultNotAConflict(CapturedOutput output) {
		IllegalStateException ours = new IllegalStateException("Locker 7 cannot be reserved while OCCUPIED");
		ProblemDetail problem = this.errors.unexpected(ours, this.request);
		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getDetail()).doesNotContain("Locker 7", "Illegal");
		assertThat(output.getOut()).contains("Unexpected failure answering POST /api/v1/kiosk/store")
			.contains("java.lang.IllegalStateException: Locker 7 cannot be reserved while OCCUPIED");
	}

	@ParameterizedTest(name = "{0} is {1} {2}")
	@CsvSource({ "INVALID, 400, bad-input", "UNAUTHENTICATED, 401, unauthenticated", "NOT_ALLOWED, 403, not-allowed",
			"NOT_FOUND, 404, not-found", "CONFLICT, 409, conflict", "TOO_MANY, 429, too-many" })
	void aRefusalAnswersByItsKindInTheBundlesWords(Refusal.Kind kind, int status, String type) {
		ProblemDetail problem = this.errors.refused(new Refused(kind, 4242, "x'y"), Locale.ENGLISH);
		assertThat(problem.getStatus()).isEqualTo(status);
		assertThat(problem.getType()).hasToString("urn:cloakroom:problem:" + type);
		assertThat(problem.getDetail()).isEqualTo("Locker 4242 refused 'x'y' on purpose");
		assertThat(problem.getProperties()).containsEntry("code", "test-refused");
	}

	@Test
	void everyKindOfRefusalHasAStatus() {
		for (Refusal.Kind kind : Refusal.Kind.values()) {
			assertThat(RefusalKinds.of(kind).status().is4xxClientError()).as(kind.name()).isTrue();
		}
	}

	@Test
	void notFoundSaysWhatAndWhichAsItAlwaysHas() {
		ProblemDetail problem = this.errors.refused(new NotFoundException("Exemption", 4242L), Locale.ENGLISH);
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getType()).hasToString("urn:cloakroom:problem:not-found");
		assertThat(problem.getDetail()).isEqualTo("Exemption 4242 does not exist");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "test-refusals");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * A refusal of any kind, with words in src/test/resources/test-refusals.properties.
	 */
	static final class Refused extends Refusal {

		Refused(Kind kind, Object... arguments) {
			super(kind, "test-refused", arguments);
		}

	}

}
