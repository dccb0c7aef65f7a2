package org.cloakroom.kiosk.enrolment.mdm;

import java.io.InputStream;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * Jamf Pro's mobile-device applications as its APIs return them: the Jamf Pro API's
 * inventory ({@code {"results": [device, ...]}}), one device, an array of devices, or the
 * Classic API's {@code {"mobile_device": device}}. A device is named by
 * {@code serialNumber}/{@code serial_number}, {@code imei}, {@code udid}, and its Jamf id
 * ({@code mobileDeviceId} or {@code id}), at the top level or under {@code general},
 * {@code hardware} or {@code network}; its apps are {@code applications} (or
 * {@code ios.applications}), each with {@code identifier} (the bundle id, required),
 * {@code name} and {@code version}. Jamf manages Apple devices: the platform is iOS.
 */
public final class JamfExport {

	private JamfExport() {
	}

	public static void read(InputStream in, ParsedExport export) {
		LocatedJson.Node root = LocatedJson.stream(in, "results", (device) -> device(export, device), export);
		if (root == null || root.elements() != null) {
			return;
		}
		if (root.field("results") != null && root.field("results").elements() != null) {
			return;
		}
		device(export, (root.field("mobile_device") != null) ? root.field("mobile_device") : root);
	}

	private static void device(ParsedExport export, LocatedJson.Node device) {
		try {
			if (!device.isObject()) {
				throw new IllegalArgumentException("a mobile device must be a JSON object");
			}
			DeviceKeys keys = new DeviceKeys(find(device, "serialNumber", "serial_number"), find(device, "imei"),
					find(device, "udid"), find(device, "mobileDeviceId", "id"), null);
			if (keys.inMatchingOrder().stream().allMatch((key) -> key == null)) {
				throw new IllegalArgumentException("the mobile device has no serialNumber, imei, udid or id");
			}
			LocatedJson.Node apps = device.field("applications");
			if (apps == null && device.field("ios") != null) {
				apps = device.field("ios").field("applications");
			}
			if (apps == null || apps.elements() == null) {
				throw new IllegalArgumentException("the mobile device has no applications array");
			}
			if (apps.elements().isEmpty()) {
				export.add(new MdmRow(device.line(), keys, Platform.IOS, null));
			}
			for (LocatedJson.Node app : apps.elements()) {
				application(export, keys, app);
			}
		}
		catch (IllegalArgumentException ex) {
			export.problem(device.line(), ex.getMessage());
		}
	}

	private static void application(ParsedExport export, DeviceKeys keys, LocatedJson.Node app) {
		try {
			LocatedJson.Node identifier = app.isObject() ? app.field("identifier") : null;
			String bundleId = Fields.appId("identifier", (identifier != null) ? identifier.text() : null);
			export.add(new MdmRow(app.line(), keys, Platform.IOS, bundleId));
		}
		catch (IllegalArgumentException ex) {
			export.problem(app.line(), "application " + ex.getMessage());
		}
	}

	/** The first of the names, at the top level or in one of Jamf's sections. */
	private static String find(LocatedJson.Node device, String... names) {
		for (String section : new String[] { null, "general", "hardware", "network" }) {
			LocatedJson.Node holder = (section != null) ? device.field(section) : device;
			LocatedJson.Node value = (holder != null) ? holder.field(names) : null;
			if (value != null && value.text() != null) {
				return Fields.deviceId(names[0], value.text());
			}
		}
		return null;
	}

}
