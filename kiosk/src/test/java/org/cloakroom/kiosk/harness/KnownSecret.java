package org.cloakroom.kiosk.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A secret whose value a test knows, how it is given to the kiosk, and every spelling of
 * it to search for.
 *
 * @param name what it is, for the failure message
 * @param value its text
 * @param file the secret file it is written to before start, or null
 * @param property the property it is given as, or null
 */
record KnownSecret(String name, String value, String file, String property) {

	static KnownSecret file(String name, String file, String value) {
		return new KnownSecret(name, value, file, null);
	}

	static KnownSecret property(String name, String property, String value) {
		return new KnownSecret(name, value, null, property);
	}

	static KnownSecret typed(String name, String value) {
		return new KnownSecret(name, value, null, null);
	}

	void give(DynamicPropertyRegistry registry, Path secrets) throws IOException {
		if (this.property != null) {
			registry.add(this.property, this::value);
		}
		if (this.file != null) {
			Files.createDirectories(secrets,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.writeString(
					Files.createFile(secrets.resolve(this.file),
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
					this.value + "\n");
		}
	}

	/**
	 * The text, and where it is bytes (hex or Base64), the other spellings of those
	 * bytes: hex in either case, Base64 and URL-safe Base64, and the bytes reversed (BLE
	 * writes keys least significant byte first).
	 */
	Set<String> forms() {
		Set<String> forms = new LinkedHashSet<>(List.of(this.value));
		byte[] bytes = bytes(this.value);
		if (bytes != null) {
			for (byte[] order : List.of(bytes, reversed(bytes))) {
				forms.add(HexFormat.of().formatHex(order));
				forms.add(HexFormat.of().withUpperCase().formatHex(order));
				forms.add(Base64.getEncoder().withoutPadding().encodeToString(order));
				forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(order));
			}
		}
		return forms;
	}

	private static byte[] bytes(String value) {
		if (value.matches("([0-9a-fA-F]{2}){16,}")) {
			return HexFormat.of().parseHex(value);
		}
		if (value.matches("[A-Za-z0-9+/]{22,}={0,2}")) {
			return Base64.getDecoder().decode(value);
		}
		return null;
	}

	private static byte[] reversed(byte[] bytes) {
		byte[] reversed = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			reversed[i] = bytes[bytes.length - 1 - i];
		}
		return reversed;
	}

}
