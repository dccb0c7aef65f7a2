package org.cloakroom.kiosk.enrollment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Enrollment settings ({@code cloakroom.enrollment.*}).
 *
 * @param identityKey 32 random bytes in base64 (AES-256) that encrypt stored IRKs;
 * start-up stops without it. Losing it makes every stored IRK unreadable: phones must
 * pair again.
 */
@ConfigurationProperties("cloakroom.enrollment")
record EnrollmentProperties(String identityKey) {

	@Override
	public String toString() {
		return "EnrollmentProperties[identityKey=hidden]";
	}

}
