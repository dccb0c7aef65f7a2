package org.cloakroom.kiosk.web;

import java.util.regex.Pattern;

/**
 * The last guard between a message and a person: a fully qualified Java name
 * ({@code java.lang.Long}, {@code org.cloakroom...}) is replaced by "a value", so no
 * refusal names a type even where a library's words slip through.
 */
final class JavaTypes {

	private static final Pattern QUALIFIED = Pattern.compile(
			"`?\\b(?:java|javax|jakarta|org|com|tools|sun|jdk)\\.(?:[a-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$<>,.\\[\\]]*`?");

	private JavaTypes() {
	}

	static String scrub(String message) {
		return (message == null) ? null : QUALIFIED.matcher(message).replaceAll("a value");
	}

	static boolean named(String message) {
		return message != null && QUALIFIED.matcher(message).find();
	}

}
