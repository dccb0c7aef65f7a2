package org.cloakroom.kiosk.fleet.ingest;

import java.time.Instant;

import org.cloakroom.kiosk.Refusal;
import org.cloakroom.kiosk.fleet.wire.FleetRefusals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The codes central refuses a kiosk with are the ones the kiosk reads
 * ({@link FleetRefusals}), with the facts it acts on beside them.
 */
class FleetRefusalTest {

	@Test
	void speaksTheWiresCodesWithTheFactsAKioskActsOn() {
		assertThat(FleetRefusal.outOfOrder(11, 4).code()).isEqualTo(FleetRefusals.OUT_OF_ORDER);
		assertThat(FleetRefusal.outOfOrder(11, 4).properties())
			.containsExactly(org.assertj.core.api.Assertions.entry("expected", 4L));
		assertThat(FleetRefusal.forked(7).code()).isEqualTo(FleetRefusals.CHAIN_FORKED);
		assertThat(FleetRefusal.forked(7).properties()).containsEntry("sequence", 7L);
		assertThat(FleetRefusal.revoked().code()).isEqualTo(FleetRefusals.KIOSK_REVOKED);
		assertThat(FleetRefusal.joinCodeUnknown().code()).isEqualTo(FleetRefusals.JOIN_CODE_UNKNOWN);
		assertThat(FleetRefusal.joinCodeExpired(Instant.EPOCH).code()).isEqualTo(FleetRefusals.JOIN_CODE_EXPIRED);
		assertThat(FleetRefusal.joinCodeUsed().code()).isEqualTo(FleetRefusals.JOIN_CODE_USED);
	}

	@Test
	void answersWithTheKindsTheWireSays() {
		assertThat(FleetRefusal.outOfOrder(11, 4).kind()).isEqualTo(Refusal.Kind.CONFLICT);
		assertThat(FleetRefusal.revoked().kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED);
		assertThat(FleetRefusal.joinCodeUsed().kind()).isEqualTo(Refusal.Kind.GONE);
		assertThat(FleetRefusal.tokenWrong().kind()).isEqualTo(Refusal.Kind.UNAUTHENTICATED);
		assertThat(FleetRefusal.outOfOrder(11, 4).getMessage()).contains("11", "4");
	}

}
