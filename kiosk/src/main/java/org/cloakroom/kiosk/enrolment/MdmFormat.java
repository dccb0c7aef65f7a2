package org.cloakroom.kiosk.enrolment;

/** The inventory files an MDM import reads; README.md documents each layout. */
public enum MdmFormat {

	/** CSV with the header {@code device,platform,app_id}, one app per row. */
	GENERIC_CSV("generic"),
	/**
	 * JSON: {@code {"mdm": ..., "devices": [{"device"|"serial"|..., "platform", "appIds":
	 * [...]}]}}.
	 */
	GENERIC_JSON("generic"),
	/**
	 * Microsoft Intune's discovered-apps export: CSV (byte-order mark allowed) or a ZIP
	 * holding one CSV; apps by display name.
	 */
	INTUNE("intune"),
	/**
	 * Jamf Pro mobile devices with their applications ({@code identifier} = bundle id).
	 */
	JAMF("jamf");

	private final String defaultMdm;

	MdmFormat(String defaultMdm) {
		this.defaultMdm = defaultMdm;
	}

	/** The MDM recorded when the import does not name one. */
	public String defaultMdm() {
		return this.defaultMdm;
	}

}
