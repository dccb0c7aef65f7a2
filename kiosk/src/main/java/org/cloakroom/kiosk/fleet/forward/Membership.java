package org.cloakroom.kiosk.fleet.forward;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What a kiosk knows of the central instance it joined ({@code fleet.properties} in the
 * secrets directory, written by {@code fleet join}): where central is, the TLS trust for
 * it, the kiosk's id, name and site there, and where its log stood when it joined
 * (central takes its chain from there).
 *
 * @param trust the PEM file of central's certificate or CA, or null for the JDK's trust
 * store
 */
public record Membership(URI central, long kiosk, String name, String site, Path trust, long joinedAtSequence,
		Instant joinedAt) {

	public Membership {
		central = address(central);
		if (kiosk < 1) {
			throw new IllegalArgumentException("kiosk must be a positive id, was " + kiosk);
		}
		if (joinedAtSequence < 0) {
			throw new IllegalArgumentException("joined-at-sequence must not be negative, was " + joinedAtSequence);
		}
	}

	/**
	 * Central's address as the base the API's paths resolve against (ending in
	 * {@code /}).
	 * @throws IllegalArgumentException unless it is an https:// URL (plain http only to
	 * this machine: it would carry the fleet token in the clear)
	 */
	public static URI address(URI central) {
		if (central == null || central.getHost() == null || !("https".equals(central.getScheme())
				|| ("http".equals(central.getScheme()) && loopback(central)))) {
			throw new IllegalArgumentException(
					"central must be an https:// URL (plain http only to this machine), was '" + central + "'");
		}
		String text = central.toString();
		return text.endsWith("/") ? central : URI.create(text + "/");
	}

	/**
	 * Plain HTTP carries the fleet token in the clear: only to this machine (tests, a
	 * local proxy).
	 */
	static boolean loopback(URI uri) {
		String host = uri.getHost();
		return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
	}

}
