package org.cloakroom.kiosk.siem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for the SIEM: trusting only the certificates of a PEM file (a CA, or
 * the receiver's own), or, without one, the JDK's trust store.
 */
final class TrustedCertificates {

	private TrustedCertificates() {
	}

	static SSLContext sslContext(Path pemFile) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, (pemFile != null) ? trustManagers(pemFile).getTrustManagers() : null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot set up TLS to the SIEM: " + ex.getMessage(), ex);
		}
	}

	private static TrustManagerFactory trustManagers(Path pemFile) throws GeneralSecurityException {
		Collection<? extends Certificate> certificates;
		try (InputStream in = Files.newInputStream(pemFile)) {
			certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cloakroom.siem.trust-certificates: cannot read PEM certificates from "
					+ pemFile.toAbsolutePath() + ": " + ex.getMessage(), ex);
		}
		if (certificates.isEmpty()) {
			throw new IllegalStateException(
					"cloakroom.siem.trust-certificates: " + pemFile.toAbsolutePath() + " holds no certificate");
		}
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		try {
			store.load(null, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot create an empty trust store", ex);
		}
		int index = 0;
		for (Certificate certificate : certificates) {
			store.setCertificateEntry("siem-" + index++, certificate);
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return factory;
	}

}
