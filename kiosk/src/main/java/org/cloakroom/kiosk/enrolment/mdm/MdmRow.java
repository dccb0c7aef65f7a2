package org.cloakroom.kiosk.enrolment.mdm;

import org.cloakroom.kiosk.enrolment.Platform;

/**
 * One app reported on one device, from the given line. {@code platform} is {@code null}
 * when the file does not say (or names a platform that is not a phone's); {@code entry}
 * is {@code null} for a device reported with no apps.
 */
public record MdmRow(int line, DeviceKeys device, Platform platform, String entry) {
}
