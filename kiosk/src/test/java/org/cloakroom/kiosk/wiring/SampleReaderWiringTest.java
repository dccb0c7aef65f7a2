package org.cloakroom.kiosk.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commented-out badge reader of bench-12.yaml is a reader the kiosk takes once its
 * '#'s are removed, as the comment tells an installer to do.
 */
class SampleReaderWiringTest {

	private static final Path BENCH = Path.of("../firmware-config/lockers/bench-12.yaml");

	@Test
	void benchTwelvesCommentedReaderIsValidOnceUncommented(@TempDir Path dir) throws IOException {
		List<String> lines = Files.readAllLines(BENCH);
		int start = lines.indexOf("#readers:");
		assertThat(start).as("bench-12.yaml has a commented-out readers: block").isPositive();
		for (int i = start; i < lines.size() && lines.get(i).startsWith("#"); i++) {
			lines.set(i, lines.get(i).substring(1));
		}
		Path uncommented = Files.write(dir.resolve("bench-12.yaml"), lines);

		BankWiring bank = WiringReader.read(uncommented);

		assertThat(bank.readers()).singleElement().satisfies((reader) -> {
			assertThat(reader.type()).isEqualTo(BadgeReaderType.KEYBOARD_WEDGE);
			assertThat(reader.format()).isEqualTo(BadgeFormat.DECIMAL);
			assertThat(reader.device()).isEqualTo("/dev/cloakroom/badge-reader-0");
		});
		assertThat(WiringReader.read(BENCH).readers()).as("as shipped, no reader").isEmpty();
	}

}
