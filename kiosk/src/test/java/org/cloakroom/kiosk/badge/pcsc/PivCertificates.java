package org.cloakroom.kiosk.badge.pcsc;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import javax.security.auth.x500.X500Principal;

import static org.cloakroom.kiosk.badge.pcsc.Der.hex;
import static org.cloakroom.kiosk.badge.pcsc.Der.oid;
import static org.cloakroom.kiosk.badge.pcsc.Der.sequence;
import static org.cloakroom.kiosk.badge.pcsc.Der.tlv;

/**
 * Card-authentication certificates for the test PIV cards: a self-signed X.509 v3
 * certificate (a fresh RSA key, no CA) whose subject alternative name holds a FASC-N
 * otherName and a {@code urn:uuid} URI, either or both. keytool cannot write an
 * otherName, so the DER is written here and signed with the JDK.
 */
final class PivCertificates {

	private static final String SHA256_WITH_RSA = "2A864886F70D01010B";

	private static final String SUBJECT_ALT_NAME = "551D11";

	private static final String FASCN = "6086480165030606";

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

	private PivCertificates() {
	}

	static byte[] cardAuthentication(Optional<byte[]> fascn, Optional<UUID> uuid) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair key = generator.generateKeyPair();
			byte[] algorithm = sequence(oid(SHA256_WITH_RSA), hex("0500"));
			ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
			byte[] tbs = sequence(tlv(0xA0, tlv(0x02, hex("02"))), tlv(0x02, BigInteger.valueOf(16).toByteArray()),
					algorithm, new X500Principal("CN=Cloakroom test PIV issuer").getEncoded(),
					sequence(utcTime(now.minusDays(1)), utcTime(now.plusYears(1))),
					new X500Principal("CN=Card Authentication").getEncoded(), key.getPublic().getEncoded(),
					tlv(0xA3, sequence(sequence(oid(SUBJECT_ALT_NAME), tlv(0x04, names(fascn, uuid))))));
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(key.getPrivate());
			signature.update(tbs);
			byte[] signed = signature.sign();
			byte[] bits = new byte[signed.length + 1];
			System.arraycopy(signed, 0, bits, 1, signed.length);
			return sequence(tbs, algorithm, tlv(0x03, bits));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] names(Optional<byte[]> fascn, Optional<UUID> uuid) {
		ByteArrayOutputStream names = new ByteArrayOutputStream();
		fascn.ifPresent((value) -> names.writeBytes(tlv(0xA0, oid(FASCN), tlv(0xA0, tlv(0x04, value)))));
		uuid.ifPresent((id) -> names.writeBytes(tlv(0x86, ("urn:uuid:" + id).getBytes(StandardCharsets.US_ASCII))));
		if (names.size() == 0) {
			names.writeBytes(tlv(0x82, "card.example".getBytes(StandardCharsets.US_ASCII)));
		}
		return sequence(names.toByteArray());
	}

	private static byte[] utcTime(ZonedDateTime time) {
		return tlv(0x17, UTC_TIME.format(time).getBytes(StandardCharsets.US_ASCII));
	}

}
