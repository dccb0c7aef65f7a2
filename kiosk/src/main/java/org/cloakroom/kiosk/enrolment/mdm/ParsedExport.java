package org.cloakroom.kiosk.enrolment.mdm;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.cloakroom.kiosk.Capped;
import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.enrolment.ImportProblem;

/**
 * What a reader makes of a file as it reads it: each row goes at once to the consumer
 * given (nothing holds every row), and problems are kept up to
 * {@code cloakroom.imports.max-problems} and counted beyond. More rows than
 * {@code max-rows} stop the reading with a problem.
 */
public final class ParsedExport {

	private final ImportLimits limits;

	private final Capped<ImportProblem> problems;

	private Consumer<MdmRow> rows = (row) -> {
	};

	private long rowCount;

	private boolean displayNames;

	private String mdm;

	public ParsedExport(ImportLimits limits) {
		this.limits = limits;
		this.problems = new Capped<>(limits.maxProblems());
	}

	/** Where rows go as they are read. */
	public ParsedExport rowsTo(Consumer<MdmRow> rows) {
		this.rows = rows;
		return this;
	}

	void add(MdmRow row) {
		if (++this.rowCount > this.limits.maxRows()) {
			problem(row.line(), String.format("the file holds more than %,d rows, the most one import takes (%s)",
					this.limits.maxRows(), ImportLimits.PREFIX + "max-rows"));
			throw new Stopped();
		}
		this.rows.accept(row);
	}

	/** Records a problem; line 0 is the file as a whole. */
	public void problem(int line, String message) {
		this.problems.add(new ImportProblem(line, message));
	}

	/** The problems kept, in line order. */
	public List<ImportProblem> problems() {
		return this.problems.kept().stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
	}

	/** How many problems were found beyond those kept. */
	public long moreProblems() {
		return this.problems.more();
	}

	public long rowCount() {
		return this.rowCount;
	}

	ImportLimits limits() {
		return this.limits;
	}

	void mdm(String mdm) {
		this.mdm = mdm;
	}

	/** The MDM the file names itself (generic JSON's {@code mdm}), or {@code null}. */
	public String mdm() {
		return this.mdm;
	}

	void displayNames(boolean displayNames) {
		this.displayNames = displayNames;
	}

	/** Whether the entries are display names rather than package or bundle ids. */
	public boolean displayNames() {
		return this.displayNames;
	}

	/** Ends the reading once the file is known to be refused (too many rows). */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}

	}

}
