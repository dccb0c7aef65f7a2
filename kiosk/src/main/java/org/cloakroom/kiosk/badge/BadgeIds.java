package org.cloakroom.kiosk.badge;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;

import org.cloakroom.kiosk.wiring.BadgeFormat;

/**
 * Writes what a reader read as a badge id in the reader's {@link BadgeFormat}, the same
 * way for every reader, so that one card gives one badge id whichever reader reads it.
 */
public final class BadgeIds {

	private static final int SHOWN = 2;

	private BadgeIds() {
	}

	/**
	 * A card number read as bits (a Wiegand frame's): {@code decimal} or {@code hex}.
	 * @throws IllegalArgumentException for a format that needs more than a number
	 */
	public static String ofNumber(BigInteger number, BadgeFormat format) {
		return switch (format) {
			case DECIMAL -> number.toString();
			case HEX -> hex(number.toByteArray());
			case FACILITY_CARD, AS_TYPED, PIV -> throw new IllegalArgumentException(
					"badge format " + name(format) + " does not apply to a card number alone");
		};
	}

	/** A Wiegand frame's facility code and card number. */
	public static String ofFacilityCard(long facility, long card, BigInteger whole, BadgeFormat format) {
		return (format == BadgeFormat.FACILITY_CARD) ? facility + ":" + card : ofNumber(whole, format);
	}

	/**
	 * A contactless card's UID, as it comes off the card (byte 0 first): {@code hex} as
	 * the bytes, {@code decimal} as one unsigned big-endian number.
	 */
	public static String ofUid(byte[] uid, BadgeFormat format) {
		return switch (format) {
			case HEX -> HexFormat.of().withUpperCase().formatHex(uid);
			case DECIMAL -> new BigInteger(1, uid).toString();
			case FACILITY_CARD, AS_TYPED, PIV ->
				throw new IllegalArgumentException("badge format " + name(format) + " does not apply to a card's UID");
		};
	}

	/**
	 * What a keyboard wedge typed: {@code as-typed} trimmed; {@code decimal} without
	 * leading zeros; {@code hex} in upper case.
	 * @throws IllegalArgumentException when the text is not a number in that format
	 */
	public static String ofTyped(String typed, BadgeFormat format) {
		String text = typed.strip();
		return switch (format) {
			case AS_TYPED -> text;
			case DECIMAL -> new BigInteger(digits(text, 10, "decimal"), 10).toString();
			case HEX -> digits(text, 16, "hex").toUpperCase(Locale.ROOT);
			case FACILITY_CARD -> throw new IllegalArgumentException(
					"badge format facility-card applies to Wiegand readers, not to a typed number");
			case PIV ->
				throw new IllegalArgumentException("badge format piv applies to PC/SC readers, not to a typed number");
		};
	}

	/** All but the last two characters hidden, for anything printed or logged. */
	public static String masked(String badgeId) {
		if (badgeId.length() <= SHOWN) {
			return "•".repeat(badgeId.length());
		}
		return "•".repeat(badgeId.length() - SHOWN) + badgeId.substring(badgeId.length() - SHOWN);
	}

	private static String digits(String text, int radix, String what) {
		if (text.isEmpty() || !text.chars().allMatch((c) -> Character.digit(c, radix) >= 0)) {
			throw new IllegalArgumentException(
					"the reader typed " + text.length() + " characters that are not a " + what + " number");
		}
		return text;
	}

	private static String hex(byte[] bytes) {
		int skip = (bytes.length > 1 && bytes[0] == 0) ? 1 : 0;
		return HexFormat.of().withUpperCase().formatHex(bytes, skip, bytes.length);
	}

	private static String name(BadgeFormat format) {
		return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
