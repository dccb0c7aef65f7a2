package org.cloakroom.kiosk.enrollment.mdm;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: an export with bytes that are not UTF-8 is refused, not garbled. */
final class Utf8 {

	private Utf8() {
	}

	/**
	 * @throws IllegalArgumentException for bytes that are not UTF-8
	 */
	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("the file is not UTF-8 text");
		}
	}

}
