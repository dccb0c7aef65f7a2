package org.cloakroom.kiosk.enrolment.mdm;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.cloakroom.kiosk.ImportLimits;
import org.cloakroom.kiosk.enrolment.ImportProblem;
import org.cloakroom.kiosk.enrolment.MdmFormat;

import org.springframework.util.unit.DataSize;

/**
 * Reads a file through {@link MdmFiles} and keeps every row, for tests of the readers.
 */
final class Exports {

	/** The defaults of {@code cloakroom.imports.*}. */
	static final ImportLimits DEFAULTS = limits(1_000_000, 100);

	private Exports() {
	}

	static ImportLimits limits(int maxRows, int maxProblems) {
		return new ImportLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(32), DataSize.ofMegabytes(1), maxRows,
				maxProblems, DataSize.ofMegabytes(256), 100, DataSize.ofMegabytes(8));
	}

	static Read read(MdmFormat format, byte[] bytes) {
		return read(format, bytes, DEFAULTS);
	}

	static Read read(MdmFormat format, byte[] bytes, ImportLimits limits) {
		List<MdmRow> rows = new ArrayList<>();
		ParsedExport export = new ParsedExport(limits).rowsTo(rows::add);
		MdmFiles.read(format, new ByteArrayInputStream(bytes), export);
		return new Read(rows, export);
	}

	/** Every row read, and the export's problems and findings. */
	record Read(List<MdmRow> rows, ParsedExport export) {

		List<ImportProblem> problems() {
			return this.export.problems();
		}

		boolean displayNames() {
			return this.export.displayNames();
		}

		String mdm() {
			return this.export.mdm();
		}

	}

}
