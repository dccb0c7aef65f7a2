package org.cloakroom.kiosk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("development" when run from classes). */
final class ToolVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = FieldTools.class.getPackage().getImplementationVersion();
		return new String[] { "cloakroom-kiosk " + ((version != null) ? version : "development") };
	}

}
