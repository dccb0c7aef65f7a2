package org.cloakroom.kiosk.enrolment;

import java.util.List;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.Capped;

/**
 * An MDM import was refused and nothing was written: the bad rows with their lines (the
 * first {@code cloakroom.imports.max-problems}) and how many more there were.
 */
public class InventoryImportRejected extends EnrolmentRefusal {

	static final String CODE = "import-rejected";

	/** One problem reads "1 problem", not "1 problems". */
	static final String CODE_ONE = "import-rejected-one";

	private final transient List<ImportProblem> problems;

	private final long more;

	public InventoryImportRejected(String file, List<ImportProblem> problems, long more) {
		super(Kind.INVALID, (problems.size() + more == 1) ? CODE_ONE : CODE, file, problems.size() + more,
				String.format("%,d", problems.size() + more),
				problems.stream().limit(3).map(ImportProblem::toString).collect(Collectors.joining("; "))
						+ Capped.andMore(problems.size() + more - Math.min(3, problems.size())));
		this.problems = List.copyOf(problems);
		this.more = more;
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

	/** Problems found beyond those listed. */
	public long more() {
		return this.more;
	}

}
