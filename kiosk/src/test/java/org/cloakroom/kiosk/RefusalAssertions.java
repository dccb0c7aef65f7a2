package org.cloakroom.kiosk;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Asserts that a call refuses with a {@link Refusal} of a given type, then on the words a
 * person reads for it (rendered from the message bundles, as the edge does).
 */
public final class RefusalAssertions {

	private RefusalAssertions() {
	}

	public static AbstractStringAssert<?> assertRefusal(Class<? extends Refusal> type, ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(type);
		return assertThat(thrown.getMessage());
	}

}
