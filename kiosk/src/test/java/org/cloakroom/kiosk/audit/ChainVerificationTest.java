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
	void aBrokenCheckpointNamesItAndIsNotIntact() {
		ChainVerification broken = new ChainVerification.CheckpointBroken(10, "checkpoint-000000000009-x.txt",
				"The checkpoint of entry 9 was altered: its signature does not match its content.");

		assertThat(broken.intact()).isFalse();
		assertThat(broken.entriesChecked()).isEqualTo(10);
		assertThat(broken.checkpoint()).isEqualTo("checkpoint-000000000009-x.txt");
		assertThat(new Broken(2, 3, "Entry 3 was altered").checkpoint()).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ChainVerification.CheckpointBroken(1, "checkpoint-1.txt", " "))
			.withMessageContaining("checkpoint-1.txt");
	}

	@Test
	void anIntactChainWithoutACheckpointHasNone() {
		assertThat(new Intact(5).newestCheckpoint()).isNull();
		assertThat(new Intact(5)).isEqualTo(new Intact(5, null));
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
