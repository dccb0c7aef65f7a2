package org.cloakroom.kiosk.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PinnedTypesTest {

	@Test
	void readsLiveAndRetiredTypesSkippingCommentsAndBlankLines() throws IOException {
		PinnedTypes pinned = parse("""
				# header
				PhonesStored

				retired DoorJammed  # merged into LockerForced in 2026
				""");

		assertThat(pinned.live()).containsExactly("PhonesStored");
		assertThat(pinned.retired()).containsExactly("DoorJammed");
	}

	@Test
	void refusesARetiredTypeWithoutAReasonNamingTheLine() {
		assertThatIllegalStateException().isThrownBy(() -> parse("PhonesStored\nretired DoorJammed\n"))
			.withMessageContaining("types.txt line 2")
			.withMessageContaining("'# why'");
	}

	@Test
	void refusesATypeListedTwiceEvenOnceRetired() {
		assertThatIllegalStateException().isThrownBy(() -> parse("DoorJammed\nretired DoorJammed  # gone\n"))
			.withMessageContaining("types.txt line 2")
			.withMessageContaining("listed twice");
	}

	private static PinnedTypes parse(String text) throws IOException {
		return PinnedTypes.parse("types.txt", new BufferedReader(new StringReader(text)));
	}

}
