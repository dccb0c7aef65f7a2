package org.cloakroom.kiosk.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.cloakroom.kiosk.ImportLimits;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A fault is a 500 that names no Java type and is logged once with its stack trace; an
 * {@code IllegalStateException} is a 409 only when our own code refused a transition.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTest {

	private final ApiErrors errors = new ApiErrors(
			Clock.systemUTC(), new ImportLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(32),
					DataSize.ofMegabytes(1), 1_000_000, 100, DataSize.ofMegabytes(256), 100),
			new StaticMessageSource());

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
	void aLibrarysIllegalStateIsAFaultAndOursIsAConflict(CapturedOutput output) {
		Iterator<Object> iterator = new ArrayList<>().iterator();
		IllegalStateException library = assertThatIllegalStateException().isThrownBy(iterator::remove).actual();
		assertThat(this.errors.wrongState(library, this.request).getStatus()).isEqualTo(500);
		assertThat(output.getOut()).contains("Unexpected failure");
		IllegalStateException ours = new IllegalStateException("Locker 7 cannot be reserved while OCCUPIED");
		ProblemDetail conflict = this.errors.wrongState(ours, this.request);
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getDetail()).isEqualTo("Locker 7 cannot be reserved while OCCUPIED");
	}

}
