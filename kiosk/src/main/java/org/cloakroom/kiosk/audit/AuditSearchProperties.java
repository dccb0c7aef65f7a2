package org.cloakroom.kiosk.audit;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The log's search, under {@code cloakroom.audit.search}.
 *
 * @param kioskId this kiosk's id: the one value the search's {@code kiosk} filter takes
 * until a log holds more than one kiosk's entries (issue 17)
 * @param noticeTypes the event types whose entries are notices (severity {@code notice})
 * when they are not alerts
 */
@ConfigurationProperties("cloakroom.audit.search")
@Validated
record AuditSearchProperties(@NotBlank @DefaultValue("kiosk") String kioskId, @NotNull @DefaultValue( {
		"LockerReservationExpired", "LockerReleaseExpired", "StorageAbandoned", "CollectionTimedOut",
		"PhoneLeftInLocker", "UnknownBadgeRead", "LockerControllerAnswering" }) List<String> noticeTypes){

	AuditSearchProperties {
		noticeTypes = List.copyOf(noticeTypes);
	}

}
