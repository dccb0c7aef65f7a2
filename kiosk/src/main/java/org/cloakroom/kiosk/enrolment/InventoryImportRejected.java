package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.Capped;

/**
 * An MDM import was refused and nothing was written: the bad rows with their lines (the
 * first {@code cloakroom.imports.max-problems}) and how many more there were. A 400 for
 * the web layer (it is an {@link IllegalArgumentException}).
 */
public class InventoryImportRejected extends IllegalArgumentException {

	private final List<ImportProblem> problems;

	private final long more;

	public InventoryImportRejected(String file, List<ImportProblem> problems, long more) {
		super("The " + file + " was not imported (nothing was written): " + count(problems.size() + more) + ": "
				+ problems.stream().limit(3).map(ImportProblem::toString).collect(Collectors.joining("; "))
				+ Capped.andMore(problems.size() + more - Math.min(3, problems.size())));
		this.problems = List.copyOf(problems);
		this.more = more;
	}

	private static String count(long problems) {
		return String.format("%,d problem%s", problems, (problems == 1) ? "" : "s");
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

	/** Problems found beyond those listed. */
	public long more() {
		return this.more;
	}

}
