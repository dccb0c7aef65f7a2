package org.cloakroom.kiosk.enrolment.mdm;

import java.io.InputStream;
import java.util.List;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * The generic JSON format (also what an MDM integration pushes):
 *
 * <pre>
 * {"mdm": "workspace-one",
 *  "devices": [{"serial": "R58N91ABC", "platform": "ANDROID", "appIds": ["com.tencent.mm"]},
 *              {"device": "356938035643809", "platform": "IOS", "appIds": []}]}
 * </pre>
 *
 * A device is named by any of {@code serial}, {@code imei}, {@code udid}, {@code mdmId},
 * or by {@code device} (compared with each); {@code mdm} is optional, and a bare array of
 * devices is accepted too. Lines are reported for the device or the app id.
 */
public final class GenericJson {

	private GenericJson() {
	}

	public static void read(InputStream in, ParsedExport export) {
		LocatedJson.Node root = LocatedJson.stream(in, "devices", (device) -> device(export, device), export);
		if (root == null) {
			return;
		}
		LocatedJson.Node devices = root.isObject() ? root.field("devices") : root;
		if (devices == null || devices.elements() == null) {
			export.problem(root.line(), "expected {\"devices\": [...]} or an array of devices");
			return;
		}
		if (root.isObject() && root.field("mdm") != null) {
			export.mdm(root.field("mdm").text());
		}
	}

	private static void device(ParsedExport export, LocatedJson.Node device) {
		try {
			if (!device.isObject()) {
				throw new IllegalArgumentException("a device must be a JSON object");
			}
			DeviceKeys keys = new DeviceKeys(id(device, "serial"), id(device, "imei"), id(device, "udid"),
					id(device, "mdmId"), id(device, "device"));
			if (keys.inMatchingOrder().stream().allMatch((key) -> key == null)) {
				throw new IllegalArgumentException("the device has none of device, serial, imei, udid, mdmId");
			}
			Platform platform = Fields.platform("platform", text(device.field("platform")));
			List<LocatedJson.Node> apps = (device.field("appIds") != null) ? device.field("appIds").elements() : null;
			if (apps == null) {
				throw new IllegalArgumentException("the device has no appIds array (use [] for none)");
			}
			if (apps.isEmpty()) {
				export.add(new MdmRow(device.line(), keys, platform, null));
			}
			for (LocatedJson.Node app : apps) {
				try {
					if (!(app.value() instanceof String) && app.value() != null) {
						throw new IllegalArgumentException("an app id must be a string, got " + app.value());
					}
					export.add(new MdmRow(app.line(), keys, platform, Fields.appId("app id", app.text())));
				}
				catch (IllegalArgumentException ex) {
					export.problem(app.line(), ex.getMessage());
				}
			}
		}
		catch (IllegalArgumentException ex) {
			export.problem(device.line(), ex.getMessage());
		}
	}

	private static String id(LocatedJson.Node device, String field) {
		return Fields.deviceId(field, text(device.field(field)));
	}

	private static String text(LocatedJson.Node node) {
		return (node != null) ? node.text() : null;
	}

}
