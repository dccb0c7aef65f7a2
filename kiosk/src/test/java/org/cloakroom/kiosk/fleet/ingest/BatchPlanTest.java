package org.cloakroom.kiosk.fleet.ingest;

import java.util.List;
import java.util.Map;

import org.cloakroom.kiosk.audit.CanonicalForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain rules, one case each, without a database. */
class BatchPlanTest {

	private final KioskLog log = KioskLog.create().append(20);

	private final ChainTable.Head atTen = new ChainTable.Head(10, this.log.entry(10).hash(), null);

	@Test
	void takesTheEntriesAfterTheHeadThatLinkToIt() {
		BatchPlan plan = BatchPlan.of(this.atTen, this.log.entries(11, 15), Map.of(), null);

		assertThat(plan.accepted()).isEqualTo(this.log.entries(11, 15));
		assertThat(plan.fork()).isNull();
		assertThat(plan.gaps()).isEmpty();
	}

	@Test
	void countsEntriesItHoldsOrNeverHeldAsDuplicates() {
		BatchPlan plan = BatchPlan.of(this.atTen, this.log.entries(5, 12), Map.of(9L, this.log.entry(9).hash()), null);

		assertThat(plan.duplicates()).isEqualTo(6);
		assertThat(plan.accepted()).isEqualTo(this.log.entries(11, 12));
	}

	@Test
	void aBatchStartingBeyondTheHeadIsOutOfOrderUnlessTheKioskDeclaresTheGap() {
		assertThat(BatchPlan.of(this.atTen, this.log.entries(13, 15), Map.of(), null).expected()).isEqualTo(11);
		assertThat(BatchPlan.of(this.atTen, this.log.entries(13, 15), Map.of(), 12L).expected()).isEqualTo(11);

		BatchPlan declared = BatchPlan.of(this.atTen, this.log.entries(13, 15), Map.of(), 11L);
		assertThat(declared.accepted()).isEqualTo(this.log.entries(13, 15));
		assertThat(declared.gaps()).containsExactly(new BatchPlan.Gap(11, 12, true));
	}

	@Test
	void aJumpInsideABatchIsAGap() {
		BatchPlan plan = BatchPlan.of(this.atTen, List.of(this.log.entry(11), this.log.entry(14)), Map.of(), null);

		assertThat(plan.accepted()).containsExactly(this.log.entry(11), this.log.entry(14));
		assertThat(plan.gaps()).containsExactly(new BatchPlan.Gap(12, 13, false));
	}

	@Test
	void aDifferentHashOrAMissingLinkIsAForkAndStopsTheBatch() {
		KioskLog restored = this.log.restoredAt(7).append(10);

		BatchPlan old = BatchPlan.of(this.atTen, restored.entries(8, 12), Map.of(8L, this.log.entry(8).hash()), null);
		assertThat(old.fork()).isEqualTo(new BatchPlan.Fork(8, this.log.entry(8).hash(), restored.entry(8).hash(),
				restored.entry(8).previousHash(), false));
		assertThat(old.accepted()).isEmpty();

		List<BatchPlan.Fork> atHead = List
			.of(BatchPlan.of(this.atTen, List.of(this.log.entry(11), restored.entry(12)), Map.of(), null).fork());
		assertThat(atHead).containsExactly(new BatchPlan.Fork(12, this.log.entry(11).hash(), restored.entry(12).hash(),
				restored.entry(12).previousHash(), true));
	}

	@Test
	void aKioskJoinedWithEntriesAnchorsItsChainOnTheFirstItSends() {
		ChainTable.Head joinedAtTen = new ChainTable.Head(10, null, null);
		ChainTable.Head empty = new ChainTable.Head(0, CanonicalForm.GENESIS_HASH, null);

		assertThat(BatchPlan.of(joinedAtTen, this.log.entries(11, 12), Map.of(), null).accepted()).hasSize(2);
		assertThat(BatchPlan.of(empty, this.log.entries(1, 3), Map.of(), null).accepted()).hasSize(3);
	}

}
