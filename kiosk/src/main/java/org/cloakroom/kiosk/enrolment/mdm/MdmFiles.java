package org.cloakroom.kiosk.enrolment.mdm;

import java.io.InputStream;

import org.cloakroom.kiosk.enrolment.MdmFormat;

/** Reads an MDM file of any format as a stream, into a {@link ParsedExport}. */
public final class MdmFiles {

	private MdmFiles() {
	}

	/**
	 * Reads {@code in} to its end, or until the file is known to be refused; rows and
	 * problems go to {@code export}. Exceptions of the stream itself pass through.
	 */
	public static void read(MdmFormat format, InputStream in, ParsedExport export) {
		try {
			switch (format) {
				case GENERIC_CSV -> GenericCsv.read(in, export);
				case GENERIC_JSON -> GenericJson.read(in, export);
				case INTUNE -> IntuneExport.read(in, export);
				case JAMF -> JamfExport.read(in, export);
			}
		}
		catch (ParsedExport.Stopped ex) {
			// the problem that stopped the reading is recorded
		}
	}

}
