package org.cloakroom.kiosk.wiring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a bank's wiring file into validated records. Every problem found (unknown or
 * missing fields, bad values, lines used twice or not on the board) is reported with the
 * file, the line and the field; unknown fields are errors, because a misspelt key would
 * otherwise leave a lock wired wrongly.
 */
public final class WiringReader {

	private static final Logger log = LoggerFactory.getLogger(WiringReader.class);

	static final YAMLMapper MAPPER = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private WiringReader() {
	}

	/**
	 * @throws WiringException naming every problem, or the file that cannot be read
	 */
	public static BankWiring read(Path file) {
		WiringReport report = check(file);
		report.warnings().forEach((warning) -> log.warn("Locker wiring file {}", warning));
		return report.orThrow();
	}

	/**
	 * Checks the file and reports every problem instead of throwing, including a file
	 * that cannot be read at all.
	 */
	public static WiringReport check(Path file) {
		SourceLines lines;
		JsonNode tree;
		try {
			String text = WiringFile.text(file);
			lines = SourceLines.of(MAPPER, text);
			if (!lines.refusals().isEmpty()) {
				return failed(file,
						lines.refusals()
							.stream()
							.map((refusal) -> new WiringProblem(file, refusal.line(), refusal.field().toString(),
									refusal.message()))
							.toList());
			}
			tree = MAPPER.readTree(text);
		}
		catch (UnreadableWiring ex) {
			return failed(file, List.of(new WiringProblem(file, ex.line(), ex.field().toString(), ex.getMessage())));
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			return failed(file, List.of(new WiringProblem(file, 1, "(document)", "is empty")));
		}
		RecordBinder binder = new RecordBinder();
		BankWiring wiring = binder.bind(BankWiring.class, tree, FieldPath.of());
		List<RecordBinder.Problem> problems = new ArrayList<>(binder.problems());
		if (wiring != null) {
			problems.addAll(WiringRules.check(wiring, lines));
		}
		List<WiringProblem> located = locate(file, lines, problems);
		if (!located.isEmpty()) {
			return failed(file, located);
		}
		return new WiringReport(file, Optional.of(wiring), List.of(), locate(file, lines, BootSafety.warnings(wiring)));
	}

	private static List<WiringProblem> locate(Path file, SourceLines lines, List<RecordBinder.Problem> problems) {
		return problems.stream()
			.map((problem) -> new WiringProblem(file, lines.lineOf(problem.field()).orElse(0),
					problem.field().toString(), problem.message()))
			.toList();
	}

	private static WiringReport failed(Path file, List<WiringProblem> problems) {
		return new WiringReport(file, Optional.empty(), problems, List.of());
	}

}
