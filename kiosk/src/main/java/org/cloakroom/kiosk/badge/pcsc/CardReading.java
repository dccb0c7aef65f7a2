package org.cloakroom.kiosk.badge.pcsc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

import org.cloakroom.kiosk.badge.BadgeIds;
import org.cloakroom.kiosk.wiring.BadgeFormat;

/**
 * The APDUs that take a badge id off one presented card, in the reader's badge format:
 * {@code hex} and {@code decimal} read the UID (PC/SC part 3's GET DATA, which the reader
 * answers for the card); {@code piv} selects the PIV application and reads the
 * card-authentication certificate, which needs no PIN (SP 800-73-4), and falls back to
 * the UID in hex when the card has no PIV application or its certificate names no one.
 * The certificate may come gzip-compressed, as CertInfo says.
 */
final class CardReading {

	/** PC/SC part 3 GET DATA, P1 00: the UID, all of it (Le 00). */
	static final CommandAPDU GET_UID = new CommandAPDU(0xFF, 0xCA, 0x00, 0x00, 256);

	/** SELECT the PIV card application by its AID (NIST SP 800-73-4 part 1). */
	static final CommandAPDU SELECT_PIV = new CommandAPDU(0x00, 0xA4, 0x04, 0x00,
			HexFormat.of().parseHex("A000000308000010000100"), 256);

	/** GET DATA of the X.509 Certificate for Card Authentication (key 9E), 5FC101. */
	static final CommandAPDU GET_CARD_AUTHENTICATION_CERTIFICATE = new CommandAPDU(0x00, 0xCB, 0x3F, 0xFF,
			HexFormat.of().parseHex("5C035FC101"), 256);

	private static final int OK = 0x9000;

	private static final String CERTIFICATE_OBJECT = "the card-authentication certificate object";

	/** Far more than any card certificate: a card cannot make the kiosk unzip a bomb. */
	private static final int MAX_CERTIFICATE = 64 * 1024;

	private CardReading() {
	}

	/** A badge id read off a card, and how: {@code uid} or {@code piv}. */
	record CardBadge(String badgeId, String form) {

	}

	static CardBadge read(CardChannel channel, BadgeFormat format) throws UnreadableCard {
		try {
			if (format == BadgeFormat.PIV) {
				Optional<String> piv = piv(channel);
				if (piv.isPresent()) {
					return new CardBadge(piv.get(), "piv");
				}
				return new CardBadge(BadgeIds.ofUid(uid(channel), BadgeFormat.HEX), "uid");
			}
			return new CardBadge(BadgeIds.ofUid(uid(channel), format), "uid");
		}
		catch (CardException ex) {
			throw new UnreadableCard("the card stopped answering: " + reason(ex), ex);
		}
	}

	private static byte[] uid(CardChannel channel) throws CardException, UnreadableCard {
		ResponseAPDU answer = channel.transmit(GET_UID);
		if (answer.getSW() != OK) {
			throw new UnreadableCard("the card refused GET DATA (UID) with status " + status(answer));
		}
		if (answer.getNr() == 0) {
			throw new UnreadableCard("the card answered GET DATA (UID) with no UID");
		}
		return answer.getData();
	}

	private static Optional<String> piv(CardChannel channel) throws CardException, UnreadableCard {
		if (channel.transmit(SELECT_PIV).getSW() != OK) {
			return Optional.empty();
		}
		ResponseAPDU answer = channel.transmit(GET_CARD_AUTHENTICATION_CERTIFICATE);
		if (answer.getSW() != OK) {
			return Optional.empty();
		}
		try {
			byte[] object = BerTlv.first(answer.getData(), 0x53, CERTIFICATE_OBJECT).value();
			byte[] certificate = BerTlv.first(object, 0x70, CERTIFICATE_OBJECT).value();
			return PivIdentity.of(isCompressed(object) ? gunzip(certificate) : certificate).badgeId();
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableCard(ex.getMessage(), ex);
		}
	}

	/**
	 * CertInfo (tag 71) bit 0: the certificate is gzip-compressed (SP 800-73-4 part 1).
	 */
	private static boolean isCompressed(byte[] object) {
		return BerTlv.all(object, CERTIFICATE_OBJECT)
			.stream()
			.filter((tlv) -> tlv.tag() == 0x71)
			.anyMatch((info) -> info.value().length > 0 && (info.value()[0] & 1) == 1);
	}

	private static byte[] gunzip(byte[] compressed) throws UnreadableCard {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readNBytes(MAX_CERTIFICATE);
		}
		catch (IOException ex) {
			throw new UnreadableCard(
					"the compressed card-authentication certificate does not unzip: " + ex.getMessage(), ex);
		}
	}

	private static String status(ResponseAPDU answer) {
		return String.format("%04X", answer.getSW());
	}

	/** PC/SC's own words (SCARD_W_REMOVED_CARD …) are the cause's message. */
	static String reason(Throwable ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		return cause.getMessage();
	}

}
