package org.cloakroom.kiosk.enrollment.mdm;

import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.enrollment.ImportProblem;

/**
 * What a reader made of a file: its rows, every problem found (with its line), and
 * whether the entries are display names rather than package or bundle ids.
 */
public final class ParsedExport {

	private final List<MdmRow> rows = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private final boolean displayNames;

	private String mdm;

	ParsedExport(boolean displayNames) {
		this.displayNames = displayNames;
	}

	void add(MdmRow row) {
		this.rows.add(row);
	}

	void problem(int line, String message) {
		this.problems.add(new ImportProblem(line, message));
	}

	public List<MdmRow> rows() {
		return List.copyOf(this.rows);
	}

	public List<ImportProblem> problems() {
		return List.copyOf(this.problems);
	}

	void mdm(String mdm) {
		this.mdm = mdm;
	}

	/** The MDM the file names itself (generic JSON's {@code mdm}), or {@code null}. */
	public String mdm() {
		return this.mdm;
	}

	public boolean displayNames() {
		return this.displayNames;
	}

}
