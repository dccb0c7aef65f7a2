package org.cloakroom.kiosk.enrolment;

/** A phone's operating system, which decides how its apps are identified. */
public enum Platform {

	/** Apps named by package name ({@code com.tencent.mm}). */
	ANDROID,
	/** Apps named by bundle id ({@code com.tencent.xin}). */
	IOS

}
