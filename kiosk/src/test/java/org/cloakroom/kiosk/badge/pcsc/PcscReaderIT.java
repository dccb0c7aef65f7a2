package org.cloakroom.kiosk.badge.pcsc;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.cloakroom.kiosk.badge.pcsc.ReaderProcess.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PC/SC reader against a real pcscd with a virtual reader: Debian's pcscd and
 * vsmartcard-vpcd (standing in for pcscd with a USB contactless reader on the Pi), and a
 * virtual card on python3-virtualsmartcard. pcscd starts once for the class; each test
 * runs the reader in a child JVM of its own and presents its own card.
 */
class PcscReaderIT {

	private static final String UID = "04A1B2C3D4E5F6";

	private static final UUID CARD = UUID.fromString("3c1ad6f2-0b0e-4f43-9a7e-0d2c4b0e5a11");

	private static PcscdStandIn pcscd;

	@BeforeAll
	static void startPcscd() throws Exception {
		pcscd = PcscdStandIn.start();
	}

	@AfterAll
	static void stopPcscd() throws Exception {
		pcscd.close();
	}

	@Test
	void readsACardOncePerPresentation() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "HEX");
				VirtualBadge card = VirtualBadge.uid(pcscd, UID)) {
			assertThat(reader.awaitHealth(true)).isEqualTo("watching " + PcscdStandIn.READER);

			card.insert();
			Event first = reader.awaitRead(1);
			await("no second read while the card stays").during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(2))
				.until(() -> reader.reads().size() == 1);
			card.remove();
			card.insert();
			Event second = reader.awaitRead(2);

			assertThat(first.badgeId()).isEqualTo(UID);
			assertThat(first.form()).isEqualTo("uid");
			assertThat(first.fields().get(0)).isEqualTo("door");
			assertThat(second.badgeId()).isEqualTo(UID);
			assertThat(second.at()).isAfter(first.at());
			assertThat(reader.rejected()).isEmpty();
		}
	}

	@Test
	void writesTheUidInDecimal() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "DECIMAL");
				VirtualBadge card = VirtualBadge.uid(pcscd, "01020304")) {
			card.insert();

			assertThat(reader.awaitRead(1).badgeId()).isEqualTo("16909060");
		}
	}

	@Test
	void readsAPivCardsFascnWithoutAPin() throws Exception {
		byte[] certificate = PivCertificates
			.cardAuthentication(Optional.of(FascnCodes.encode("0032", "0001", "123456")), Optional.of(CARD));
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "PIV");
				VirtualBadge card = VirtualBadge.piv(pcscd, UID, certificate)) {
			card.insert();

			Event read = reader.awaitRead(1);
			assertThat(read.badgeId()).isEqualTo("00320001123456");
			assertThat(read.form()).isEqualTo("piv");
		}
	}

	@Test
	void readsAPivICardsUuid() throws Exception {
		byte[] certificate = PivCertificates
			.cardAuthentication(Optional.of(FascnCodes.encode("9999", "9999", "999999")), Optional.of(CARD));
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "PIV");
				VirtualBadge card = VirtualBadge.piv(pcscd, UID, certificate)) {
			card.insert();

			assertThat(reader.awaitRead(1).badgeId()).isEqualTo("3C1AD6F20B0E4F439A7E0D2C4B0E5A11");
		}
	}

	@Test
	void readsACompressedCertificate() throws Exception {
		byte[] certificate = PivCertificates
			.cardAuthentication(Optional.of(FascnCodes.encode("0032", "0001", "654321")), Optional.empty());
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "PIV");
				VirtualBadge card = VirtualBadge.pivCompressed(pcscd, UID, certificate)) {
			card.insert();

			assertThat(reader.awaitRead(1).badgeId()).isEqualTo("00320001654321");
		}
	}

	@Test
	void watchesEveryReaderWhenTheWiringNamesNone() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "HEX", null, false);
				VirtualBadge card = VirtualBadge.uidOnSecondReader(pcscd, UID)) {
			assertThat(reader.awaitHealth(true)).isEqualTo("watching Virtual PCD 00 00, Virtual PCD 00 01");

			card.insert();

			assertThat(reader.awaitRead(1).badgeId()).isEqualTo(UID);
		}
	}

	@Test
	void saysWhichReadersPcscdListsWhenNoneHasTheWiredName() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "HEX", "ACS ACR1252", false)) {
			assertThat(reader.awaitHealth(false, "pcscd lists"))
				.isEqualTo("pcscd lists no reader named like 'ACS ACR1252' (it lists "
						+ "Virtual PCD 00 00, Virtual PCD 00 01): is the reader plugged in?");
		}
	}

	@Test
	void readsTheUidOfACardWithoutPiv() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "PIV");
				VirtualBadge card = VirtualBadge.uid(pcscd, UID)) {
			card.insert();

			Event read = reader.awaitRead(1);
			assertThat(read.badgeId()).isEqualTo(UID);
			assertThat(read.form()).isEqualTo("uid");
		}
	}

	@Test
	void rejectsACardThatAnswersAnError() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "HEX");
				VirtualBadge card = VirtualBadge.refusing(pcscd)) {
			card.insert();

			await("a rejected read").atMost(Duration.ofSeconds(30)).until(() -> !reader.rejected().isEmpty());
			assertThat(reader.rejected().get(0).fields()).containsExactly("door",
					"the card refused GET DATA (UID) with status 6A81");
			assertThat(reader.reads()).isEmpty();
		}
	}

	@Test
	void goesDownWhilePcscdIsGoneAndReadsWhenItIsBack() throws Exception {
		try (ReaderProcess reader = ReaderProcess.start(pcscd, "HEX");
				VirtualBadge card = VirtualBadge.uid(pcscd, UID)) {
			reader.awaitHealth(true);

			pcscd.stopDaemon();
			String why = reader.awaitHealth(false, "pcscd does not answer");
			pcscd.startDaemon();
			reader.awaitHealth(true);
			card.insert();

			assertThat(why).matches("pcscd does not answer \\(SCARD_[A-Z_]+\\); trying again every 1 s");
			assertThat(reader.awaitRead(1).badgeId()).isEqualTo(UID);
		}
	}

}
