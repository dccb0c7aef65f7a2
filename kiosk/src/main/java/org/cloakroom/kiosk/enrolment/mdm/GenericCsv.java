package org.cloakroom.kiosk.enrolment.mdm;

import java.io.InputStream;
import java.util.List;

import org.cloakroom.kiosk.Utf8Reader;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * The generic CSV: a header {@code device,platform,app_id} (names matched
 * case-insensitively, in any order), then one row per app. {@code device} is the device's
 * serial number, IMEI, UDID or MDM id; a row with an empty {@code app_id} reports a
 * device with no apps.
 */
public final class GenericCsv {

	private GenericCsv() {
	}

	public static void read(InputStream in, ParsedExport export) {
		CsvTable.read(new Utf8Reader(in), export, List.of("device", "platform", "app_id"), (line, row) -> {
			try {
				String device = Fields.deviceId("device", row.get("device"));
				if (device == null) {
					throw new IllegalArgumentException("device is blank");
				}
				Platform platform = Fields.platform("platform", row.get("platform"));
				String app = Fields.optional(row.get("app_id"));
				String entry = (app != null) ? Fields.appId("app_id", app) : null;
				export.add(new MdmRow(line, new DeviceKeys(null, null, null, null, device), platform, entry));
			}
			catch (IllegalArgumentException ex) {
				export.problem(line, ex.getMessage());
			}
		});
	}

}
