package org.cloakroom.kiosk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class Utf8ReaderTest {

	@Test
	void refusesLatin1NamingTheLineAndTheByteOffset() {
		byte[] latin1 = "id,name\nx,Tea\ncafe,Caf\u00e9 Chat\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(Utf8Reader.NotUtf8Exception.class).isThrownBy(() -> readAll(latin1))
			.satisfies((ex) -> {
				assertThat(ex.line()).isEqualTo(3);
				assertThat(ex.offset()).isEqualTo(22);
				assertThat(ex.getMessage()).isEqualTo("byte 22 (0xE9) is not UTF-8; save the file as UTF-8");
			});
	}

	@Test
	void refusesASequenceCutShortAtTheEnd() {
		byte[] cut = { 'o', 'k', '\n', (byte) 0xE2, (byte) 0x82 };

		assertThatExceptionOfType(Utf8Reader.NotUtf8Exception.class).isThrownBy(() -> readAll(cut))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.satisfies((ex) -> assertThat(ex.offset()).isEqualTo(3));
	}

	@Test
	void readsLongTextWithCharactersAcrossBufferEdgesAndDropsTheByteOrderMark() throws IOException {
		String text = "\u20ac\u00e9\ud83d\udcf1\n".repeat(5_000);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		bytes.write(text.getBytes(StandardCharsets.UTF_8));

		assertThat(readAll(bytes.toByteArray())).isEqualTo(text);
		assertThat(readAll(new byte[0])).isEmpty();
	}

	@Test
	void findsBadBytesFarIntoALargeFile() {
		byte[] head = "a,b\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[head.length + 2];
		System.arraycopy(head, 0, file, 0, head.length);
		file[head.length] = 'x';
		file[head.length + 1] = (byte) 0xFF;

		assertThatExceptionOfType(Utf8Reader.NotUtf8Exception.class).isThrownBy(() -> readAll(file))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(100_001))
			.satisfies((ex) -> assertThat(ex.offset()).isEqualTo(head.length + 1));
	}

	private static String readAll(byte[] bytes) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
			char[] chunk = new char[1000];
			for (int n = reader.read(chunk); n >= 0; n = reader.read(chunk)) {
				text.append(chunk, 0, n);
			}
		}
		return text.toString();
	}

}
