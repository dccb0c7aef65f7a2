package org.cloakroom.kiosk;

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
 * The TLS context for a connection the kiosk makes (to the SIEM, to central): trusting
 * only the certificates of a PEM file (a CA, or the receiver's own), or, without one, the
 * JDK's trust store. Errors name the setting the file came from.
 */
public final class TrustedCertificates {

	private TrustedCertificates() {
	}

	/**
	 * @param pemFile the certificates to trust, or null for the JDK's trust store
	 * @param setting where the file was given ({@code cloakroom.siem.trust-certificates},
	 * {@code --trust}), for the errors
	 * @throws IllegalStateException naming the setting and the file when it holds no
	 * certificate or cannot be read
	 */
	public static SSLContext sslContext(Path pemFile, String setting) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, (pemFile != null) ? trustManagers(pemFile, setting).getTrustManagers() : null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot set up TLS (" + setting + "): " + ex.getMessage(), ex);
		}
	}

	private static TrustManagerFactory trustManagers(Path pemFile, String setting) throws GeneralSecurityException {
		Collection<? extends Certificate> certificates;
		try (InputStream in = Files.newInputStream(pemFile)) {
			certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(setting + ": cannot read PEM certificates from " + pemFile.toAbsolutePath()
					+ ": " + ex.getMessage(), ex);
		}
		if (certificates.isEmpty()) {
			throw new IllegalStateException(setting + ": " + pemFile.toAbsolutePath() + " holds no certificate");
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
			store.setCertificateEntry("trusted-" + index++, certificate);
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return factory;
	}

}
