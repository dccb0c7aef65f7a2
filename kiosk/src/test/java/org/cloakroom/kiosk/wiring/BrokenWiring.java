package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broken wiring files in src/test/resources/wiring/broken, read as gpio check reads
 * them: refused, each problem as "line N, field F: message".
 */
final class BrokenWiring {

	private static final Path BROKEN = Path.of("src/test/resources/wiring/broken");

	private BrokenWiring() {
	}

	static List<String> problems(String name) {
		WiringReport report = WiringReader.check(BROKEN.resolve(name));
		assertThat(report.wiring()).isEmpty();
		return report.problems()
			.stream()
			.map((problem) -> "line " + problem.line() + ", field " + problem.field() + ": " + problem.message())
			.toList();
	}

}
