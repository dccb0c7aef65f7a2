package org.cloakroom.kiosk.fleet.pull;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;

/**
 * Reads the fields of one item's value, naming the item and the field when one is missing
 * or malformed.
 */
final class ItemValue {

	private final ConfigurationItem item;

	private ItemValue(ConfigurationItem item) {
		this(item, true);
	}

	private ItemValue(ConfigurationItem item, boolean valued) {
		this.item = item;
		if (valued && (item.value() == null || !item.value().isObject())) {
			throw problem("value", "is not an object");
		}
	}

	static ItemValue of(ConfigurationItem item) {
		return new ItemValue(item);
	}

	String text(String field) {
		String text = optionalText(field);
		if (text == null) {
			throw problem(field, "is missing");
		}
		return text;
	}

	String optionalText(String field) {
		JsonNode node = this.item.value().get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw problem(field, "is not text");
		}
		return node.asString();
	}

	long number(String field) {
		Long number = optionalNumber(field);
		if (number == null) {
			throw problem(field, "is missing");
		}
		return number;
	}

	Long optionalNumber(String field) {
		JsonNode node = this.item.value().get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.canConvertToLong() || !node.isIntegralNumber()) {
			throw problem(field, "is not a whole number");
		}
		return node.asLong();
	}

	Instant instant(String field) {
		Instant instant = optionalInstant(field);
		if (instant == null) {
			throw problem(field, "is missing");
		}
		return instant;
	}

	Instant optionalInstant(String field) {
		String text = optionalText(field);
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			throw problem(field, "is not an ISO-8601 instant ('" + text + "')");
		}
	}

	/** The item's key as a number (an id). */
	static long id(ConfigurationItem item) {
		return new ItemValue(item, false).id();
	}

	/** The item's key as a number (an id). */
	long id() {
		try {
			return Long.parseLong(this.item.key());
		}
		catch (NumberFormatException ex) {
			throw problem("key", "is not an id");
		}
	}

	IllegalArgumentException problem(String field, String what) {
		return new IllegalArgumentException(
				"Central's " + this.item.kind() + " '" + this.item.key() + "': " + field + " " + what);
	}

}
