package org.cloakroom.kiosk.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue change or import was refused because of bad input; nothing was written.
 * Lists every problem found, not only the first; the web layer answers 400 with the list.
 */
public class CatalogueRefusedException extends IllegalArgumentException {

	private final transient List<CatalogueProblem> problems;

	public CatalogueRefusedException(String what, List<CatalogueProblem> problems) {
		super(what + " refused, nothing was written: " + problems.size() + " problem(s): "
				+ problems.stream().limit(3).map(CatalogueRefusedException::describe).collect(Collectors.joining("; "))
				+ ((problems.size() > 3) ? "; ..." : ""));
		this.problems = List.copyOf(problems);
	}

	public List<CatalogueProblem> problems() {
		return this.problems;
	}

	private static String describe(CatalogueProblem problem) {
		return (problem.line() > 0 ? "line " + problem.line() + ": " : "") + problem.message();
	}

}
