package org.cloakroom.kiosk.enrolment;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Enrolment settings ({@code cloakroom.enrolment.*}).
 *
 * @param identityKey 32 random bytes in base64 (AES-256) that encrypt stored IRKs;
 * start-up stops without it. Losing it makes every stored IRK unreadable: phones must
 * pair again.
 * @param attestationDays how many days an employee's attested declaration holds before
 * re-attestation is due
 */
@ConfigurationProperties("cloakroom.enrolment")
@Validated
record EnrolmentProperties(String identityKey, @DefaultValue("30") @Positive int attestationDays) {

	@Override
	public String toString() {
		return "EnrolmentProperties[identityKey=hidden, attestationDays=" + this.attestationDays + "]";
	}

}
