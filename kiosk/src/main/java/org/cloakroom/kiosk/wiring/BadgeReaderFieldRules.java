package org.cloakroom.kiosk.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields a badge reader takes by its type: {@code device} for a keyboard wedge,
 * {@code pcsc-reader} for PC/SC, {@code d0}, {@code d1} and {@code frame} for Wiegand;
 * the badge format {@code as-typed} for a keyboard wedge only, {@code piv} for PC/SC
 * only, {@code facility-card} for a Wiegand reader of 26- or 34-bit frames only. A field
 * of another type is refused rather than ignored: it shows the reader was wired as
 * something else.
 */
final class BadgeReaderFieldRules {

	private BadgeReaderFieldRules() {
	}

	static List<RecordBinder.Problem> check(BadgeReaderWiring reader, FieldPath at) {
		List<RecordBinder.Problem> problems = new ArrayList<>();
		BadgeReaderType type = reader.type();
		field(problems, reader, at, "device", reader.device(), BadgeReaderType.KEYBOARD_WEDGE, true);
		field(problems, reader, at, "pcsc-reader", reader.pcscReader(), BadgeReaderType.PCSC, false);
		field(problems, reader, at, "d0", reader.d0(), BadgeReaderType.WIEGAND, true);
		field(problems, reader, at, "d1", reader.d1(), BadgeReaderType.WIEGAND, true);
		field(problems, reader, at, "frame", reader.frame(), BadgeReaderType.WIEGAND, true);
		FieldPath format = at.then("format");
		if (reader.format() == BadgeFormat.AS_TYPED && type != BadgeReaderType.KEYBOARD_WEDGE) {
			problems.add(new RecordBinder.Problem(format,
					"badge format as-typed applies to keyboard-wedge readers only, not to a " + name(type)
							+ " reader; use decimal or hex"));
		}
		if (reader.format() == BadgeFormat.FACILITY_CARD && type != BadgeReaderType.WIEGAND) {
			problems.add(new RecordBinder.Problem(format,
					"badge format facility-card applies to Wiegand readers only, not to a " + name(type)
							+ " reader; use decimal or hex"));
		}
		if (reader.format() == BadgeFormat.PIV && type != BadgeReaderType.PCSC) {
			problems.add(new RecordBinder.Problem(format, "badge format piv applies to PC/SC readers only, not to a "
					+ name(type) + " reader; use decimal or hex"));
		}
		if (reader.format() == BadgeFormat.FACILITY_CARD && reader.frame() == WiegandFrame.RAW) {
			problems.add(new RecordBinder.Problem(format, "badge format facility-card needs a wiegand-26 or "
					+ "wiegand-34 frame, which has a facility code; a raw frame has none; use decimal or hex"));
		}
		return problems;
	}

	private static void field(List<RecordBinder.Problem> problems, BadgeReaderWiring reader, FieldPath at, String field,
			Object value, BadgeReaderType takenBy, boolean required) {
		if (value != null && reader.type() != takenBy) {
			problems.add(new RecordBinder.Problem(at.then(field), "applies to " + name(takenBy)
					+ " readers only, and this reader is " + name(reader.type()) + "; remove it"));
		}
		else if (value == null && required && reader.type() == takenBy) {
			problems
				.add(new RecordBinder.Problem(at.then(field), "is missing: a " + name(takenBy) + " reader needs it"));
		}
	}

	private static String name(BadgeReaderType type) {
		return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
