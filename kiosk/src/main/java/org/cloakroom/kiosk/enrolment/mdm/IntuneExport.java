package org.cloakroom.kiosk.enrolment.mdm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.cloakroom.kiosk.Utf8Reader;
import org.cloakroom.kiosk.enrolment.Platform;

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

	private IntuneExport() {
	}

	public static void read(InputStream in, ParsedExport export) {
		export.displayNames(true);
		BufferedInputStream buffered = new BufferedInputStream(in);
		try {
			buffered.mark(4);
			byte[] head = buffered.readNBytes(4);
			buffered.reset();
			if (isZip(head)) {
				unzip(buffered, export);
			}
			else {
				csv(buffered, export);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void csv(InputStream in, ParsedExport export) {
		CsvTable.read(new Utf8Reader(in), export, List.of("ApplicationName", "DeviceId"), (line, row) -> {
			try {
				export.add(row(line, row));
			}
			catch (IllegalArgumentException ex) {
				export.problem(line, ex.getMessage());
			}
		});
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

	private static boolean isZip(byte[] head) {
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/**
	 * Reads the one CSV of the ZIP as it inflates; every entry, CSV or not, is read
	 * through {@link ZipEntryLimit}, so a bomb is refused before it is inflated further.
	 */
	private static void unzip(InputStream in, ParsedExport export) {
		ZipEntryLimit.Counted compressed = new ZipEntryLimit.Counted(in);
		int csvFiles = 0;
		try (ZipInputStream zip = new ZipInputStream(compressed)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				ZipEntryLimit limited = new ZipEntryLimit(zip, compressed, entry.getName(), export.limits());
				boolean csv = !entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
				if (csv && ++csvFiles == 1) {
					csv(limited, export);
					if (!export.problems().isEmpty()) {
						return;
					}
				}
				limited.transferTo(OutputStream.nullOutputStream());
			}
		}
		catch (ZipEntryLimit.Refused ex) {
			export.problem(0, ex.getMessage());
			return;
		}
		catch (IOException ex) {
			export.problem(0, ZipEntryLimit.unreadable(ex));
			return;
		}
		catch (IllegalArgumentException ex) {
			// ZipInputStream's word for an entry name that is not UTF-8
			export.problem(0, "the ZIP cannot be read: an entry's name is not UTF-8");
			return;
		}
		if (csvFiles != 1) {
			export.problem(0, "the ZIP must hold exactly one CSV file, it holds " + csvFiles);
		}
	}

}
