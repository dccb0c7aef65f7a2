package org.cloakroom.kiosk.policy;

import java.util.List;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.Capped;

/**
 * A catalogue change or import was refused because of bad input; nothing was written.
 * Lists every problem found, not only the first.
 */
public class CatalogueRefusedException extends PolicyRefusal {

	private final transient List<CatalogueProblem> problems;

	private final long more;

	public CatalogueRefusedException(String what, List<CatalogueProblem> problems) {
		this(what, problems, 0);
	}

	/** {@code more}: problems found beyond those listed. */
	public CatalogueRefusedException(String what, List<CatalogueProblem> problems, long more) {
		super(Kind.INVALID, "bad-catalogue", what, String.format("%,d", problems.size() + more),
				problems.stream().limit(3).map(CatalogueRefusedException::describe).collect(Collectors.joining("; "))
						+ Capped.andMore(problems.size() + more - Math.min(3, problems.size())));
		this.problems = List.copyOf(problems);
		this.more = more;
	}

	public List<CatalogueProblem> problems() {
		return this.problems;
	}

	/** Problems found beyond those listed. */
	public long more() {
		return this.more;
	}

	private static String describe(CatalogueProblem problem) {
		return (problem.line() > 0 ? "line " + problem.line() + ": " : "") + problem.message();
	}

}
