package org.cloakroom.kiosk.enrollment.mdm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cloakroom.kiosk.policy.Platform;

/**
 * Microsoft Intune's discovered-apps export: CSV in UTF-8 (a byte-order mark is normal),
 * or a ZIP holding exactly one CSV. Columns are found by header name, case-insensitively
 * and in any order, because Microsoft warns that they change: {@code ApplicationName} and
 * {@code DeviceId} are required; {@code Platform} is checked when it names Android or
 * iOS/iPadOS; {@code SerialNumber}, {@code IMEI} and {@code UDID} are used when present.
 * {@code EmailAddress} and {@code UserName} name a person, not a phone, and are ignored.
 * Apps are display names, not package ids.
 */
public final class IntuneExport {

	/** Refuse ZIPs that expand past this (a CSV of discovered apps is far smaller). */
	private static final int MAX_CSV_BYTES = 64 * 1024 * 1024;

	private IntuneExport() {
	}

	public static ParsedExport parse(byte[] bytes) {
		ParsedExport export = new ParsedExport(true);
		byte[] csv = isZip(bytes) ? unzip(bytes, export) : bytes;
		if (csv == null) {
			return export;
		}
		CsvTable table = CsvTable.read(csv, export, List.of("ApplicationName", "DeviceId"));
		if (table != null) {
			table.eachRow(export, (line, row) -> {
				try {
					export.add(row(line, row));
				}
				catch (IllegalArgumentException ex) {
					export.problem(line, ex.getMessage());
				}
			});
		}
		return export;
	}

	private static MdmRow row(int line, CsvTable.Row row) {
		String name = Fields.displayName("ApplicationName", row.get("ApplicationName"));
		String deviceId = Fields.deviceId("DeviceId", row.get("DeviceId"));
		if (deviceId == null) {
			throw new IllegalArgumentException("DeviceId is blank (the row names no device)");
		}
		DeviceKeys keys = new DeviceKeys(Fields.deviceId("SerialNumber", row.get("SerialNumber")),
				Fields.deviceId("IMEI", row.get("IMEI")), Fields.deviceId("UDID", row.get("UDID")), deviceId, null);
		return new MdmRow(line, keys, platform(row.get("Platform")), name);
	}

	/**
	 * Android and iOS/iPadOS are phones' platforms; others (Windows, macOS) are not
	 * checked.
	 */
	static Platform platform(String value) {
		String text = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (text.startsWith("android")) {
			return Platform.ANDROID;
		}
		if (text.startsWith("ios") || text.startsWith("ipados")) {
			return Platform.IOS;
		}
		return null;
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	private static byte[] unzip(byte[] bytes, ParsedExport export) {
		byte[] csv = null;
		int csvFiles = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					csvFiles++;
					csv = readLimited(zip, entry.getName());
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			export.problem(0, "the ZIP cannot be read: " + ex.getMessage());
			return null;
		}
		if (csvFiles != 1) {
			export.problem(0, "the ZIP must hold exactly one CSV file, it holds " + csvFiles);
			return null;
		}
		return csv;
	}

	private static byte[] readLimited(ZipInputStream zip, String name) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
			out.write(buffer, 0, n);
			if (out.size() > MAX_CSV_BYTES) {
				throw new IllegalArgumentException(name + " expands past " + MAX_CSV_BYTES + " bytes");
			}
		}
		return out.toByteArray();
	}

}
