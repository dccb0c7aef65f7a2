package org.cloakroom.kiosk.audit;

import org.cloakroom.kiosk.audit.ChainVerification.Broken;
import org.cloakroom.kiosk.audit.ChainVerification.Intact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChainVerificationTest {

	@Test
	void saysWhetherTheChainIsIntactAndHowManyEntriesCheckedOut() {
		ChainVerification intact = new Intact(5);
		ChainVerification broken = new Broken(2, 3, "Entry 3 was altered: its hash does not match its content.");

		assertThat(intact.intact()).isTrue();
		assertThat(intact.entriesChecked()).isEqualTo(5);
		assertThat(broken.intact()).isFalse();
		assertThat(broken.entriesChecked()).isEqualTo(2);
	}

	@Test
	void aBrokenChainSaysWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Broken(2, 3, " "))
			.withMessageContaining("what is wrong at entry 3");
		assertThatIllegalArgumentException().isThrownBy(() -> new Broken(2, 3, null))
			.withMessageContaining("what is wrong at entry 3");
		assertThatIllegalArgumentException().isThrownBy(() -> new Intact(-1)).withMessageContaining("entriesChecked");
	}

}
