package org.cloakroom.kiosk.enrollment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An MDM import was refused and nothing was written: every bad row, with its line. A 400
 * for the web layer (it is an {@link IllegalArgumentException}).
 */
public class InventoryImportRejected extends IllegalArgumentException {

	private final List<ImportProblem> problems;

	public InventoryImportRejected(String file, List<ImportProblem> problems) {
		super("The " + file + " was not imported (nothing was written): " + problems.size() + " problem"
				+ (problems.size() == 1 ? "" : "s") + ": "
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
