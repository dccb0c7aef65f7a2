package org.cloakroom.kiosk.policy;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * How a flagged app is named on one platform: an exact package name or bundle id
 * ({@code com.tencent.mm}), or a prefix written with a final {@code .*}
 * ({@code com.tencent.*} matches {@code com.tencent.mm}, not {@code com.tencentx}).
 * Matching ignores case, because inventories are typed by people and exported by MDMs
 * that do not agree on case, and a flagged app must not escape by its spelling.
 * {@code verified} says whether the identifier was checked against a public store
 * listing; {@code evidence} says what was checked instead, or nothing.
 */
public record FlaggedAppIdentifier(Platform platform, String identifier, boolean verified, String evidence) {

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(\\.\\*)?");

	public FlaggedAppIdentifier {
		if (platform == null) {
			throw new IllegalArgumentException("A flagged-app identifier needs a platform (" + identifier + ")");
		}
		if (identifier == null || !FORM.matcher(identifier.strip()).matches()) {
			throw new IllegalArgumentException("A flagged-app identifier is a package name, bundle id or prefix "
					+ "like com.tencent.*, got '" + identifier + "'");
		}
		identifier = identifier.strip();
	}

	/** Whether this is a prefix ({@code com.tencent.*}) rather than one exact id. */
	public boolean isPrefix() {
		return this.identifier.endsWith(".*");
	}

	/** Whether an app id from a phone of the given platform is this identifier. */
	public boolean matches(Platform phonePlatform, String appId) {
		if (phonePlatform != this.platform || appId == null) {
			return false;
		}
		String id = appId.strip().toLowerCase(Locale.ROOT);
		String own = this.identifier.toLowerCase(Locale.ROOT);
		return isPrefix() ? id.startsWith(own.substring(0, own.length() - 1)) : id.equals(own);
	}

}
