package org.cloakroom.kiosk.badge.pcsc;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a PIV or CAC card says it belongs to, from the subject alternative name of its
 * card-authentication certificate: the FASC-N (an otherName, OID 2.16.840.1.101.3.6.6)
 * and the card UUID (a URI {@code urn:uuid:…}). The certificate's chain and the card's
 * key are not checked: reading it counts as possession, like any badge read.
 *
 * @param fascn the FASC-N, if the certificate has one
 * @param uuid the card UUID, if the certificate has one
 */
record PivIdentity(Optional<Fascn> fascn, Optional<UUID> uuid) {

	/** The FASC-N's OID, as DER encodes it (2.16.840.1.101.3.6.6). */
	private static final byte[] FASCN_OID = HexFormat.of().parseHex("6086480165030606");

	private static final int EXPLICIT = 0xA0;

	private static final int OCTET_STRING = 0x04;

	private static final int OTHER_NAME = 0;

	private static final int URI = 6;

	private static final String UUID_URN = "urn:uuid:";

	/**
	 * @param encoded the certificate, DER
	 * @throws IllegalArgumentException when it is not a certificate, or its FASC-N is not
	 * one
	 */
	static PivIdentity of(byte[] encoded) {
		try {
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(encoded));
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			if (names == null) {
				return new PivIdentity(Optional.empty(), Optional.empty());
			}
			Optional<Fascn> fascn = names.stream()
				.filter((name) -> (Integer) name.get(0) == OTHER_NAME)
				.map((name) -> fascn((byte[]) name.get(1)))
				.flatMap(Optional::stream)
				.findFirst();
			Optional<UUID> uuid = names.stream()
				.filter((name) -> (Integer) name.get(0) == URI)
				.map((name) -> (String) name.get(1))
				.filter((uri) -> uri.toLowerCase(Locale.ROOT).startsWith(UUID_URN))
				.map((uri) -> UUID.fromString(uri.substring(UUID_URN.length())))
				.findFirst();
			return new PivIdentity(fascn, uuid);
		}
		catch (CertificateException | ClassCastException ex) {
			throw new IllegalArgumentException("the card-authentication certificate is not one: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The badge id: the FASC-N's 14 digits, unless it is a PIV-I card's placeholder; else
	 * the UUID's 32 hex digits in upper case; empty when the card names neither.
	 */
	Optional<String> badgeId() {
		return this.fascn.filter((number) -> !number.placeholder())
			.map(Fascn::badgeId)
			.or(() -> this.uuid.map((id) -> id.toString().replace("-", "").toUpperCase(Locale.ROOT)));
	}

	/**
	 * An otherName as the JDK hands it over: SEQUENCE { type-id OID, [0] EXPLICIT value
	 * }, where JDK 17 wraps the value in [0] twice; a FASC-N's value is an OCTET STRING
	 * of 25 bytes.
	 */
	private static Optional<Fascn> fascn(byte[] otherName) {
		List<BerTlv> parts = BerTlv.all(BerTlv.first(otherName, 0x30, "the otherName").value(), "the otherName");
		if (parts.size() != 2 || parts.get(0).tag() != 0x06 || !Arrays.equals(parts.get(0).value(), FASCN_OID)) {
			return Optional.empty();
		}
		BerTlv value = parts.get(1);
		while (value.tag() == EXPLICIT) {
			value = BerTlv.all(value.value(), "the FASC-N otherName")
				.stream()
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the FASC-N otherName is empty"));
		}
		if (value.tag() != OCTET_STRING) {
			throw new IllegalArgumentException(
					"the FASC-N otherName holds tag " + Integer.toHexString(value.tag()) + ", not an OCTET STRING");
		}
		return Optional.of(Fascn.decode(value.value()));
	}

}
