package org.cloakroom.kiosk.badge.pcsc;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PivIdentityTest {

	private static final UUID CARD = UUID.fromString("3c1ad6f2-0b0e-4f43-9a7e-0d2c4b0e5a11");

	@Test
	void readsTheFascnAndTheUuidFromTheSubjectAlternativeName() {
		byte[] certificate = PivCertificates
			.cardAuthentication(Optional.of(FascnCodes.encode("0032", "0001", "123456")), Optional.of(CARD));

		PivIdentity identity = PivIdentity.of(certificate);

		assertThat(identity.fascn()).contains(new Fascn("0032", "0001", "123456"));
		assertThat(identity.uuid()).contains(CARD);
		assertThat(identity.badgeId()).contains("00320001123456");
	}

	@Test
	void knowsAPivICardByItsUuid() {
		byte[] certificate = PivCertificates
			.cardAuthentication(Optional.of(FascnCodes.encode("9999", "9999", "999999")), Optional.of(CARD));

		assertThat(PivIdentity.of(certificate).badgeId()).contains("3C1AD6F20B0E4F439A7E0D2C4B0E5A11");
	}

	@Test
	void knowsACardWithAUuidOnly() {
		byte[] certificate = PivCertificates.cardAuthentication(Optional.empty(), Optional.of(CARD));

		assertThat(PivIdentity.of(certificate).badgeId()).contains("3C1AD6F20B0E4F439A7E0D2C4B0E5A11");
	}

	@Test
	void namesNoOneWithoutEither() {
		byte[] certificate = PivCertificates.cardAuthentication(Optional.empty(), Optional.empty());

		assertThat(PivIdentity.of(certificate).badgeId()).isEmpty();
	}

	@Test
	void refusesWhatIsNotACertificate() {
		assertThatIllegalArgumentException().isThrownBy(() -> PivIdentity.of(new byte[] { 0x30, 0x03, 1, 2, 3 }))
			.withMessageStartingWith("the card-authentication certificate is not one");
	}

}
