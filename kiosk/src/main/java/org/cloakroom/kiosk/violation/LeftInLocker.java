package org.cloakroom.kiosk.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.enrolment.EmployeeDirectory;
import org.cloakroom.kiosk.enrolment.EmployeeRef;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.PhoneRef;
import org.cloakroom.kiosk.enrolment.PhoneRegistry;
import org.cloakroom.kiosk.locker.StorageView;
import org.cloakroom.kiosk.locker.Storages;

import org.springframework.stereotype.Component;

/**
 * A storage that still holds phones past the end of the day gets one NOTICE (its episode
 * is the storage's, and ends when the storage does), so the next morning's queue shows
 * who left a phone overnight.
 */
@Component
class LeftInLocker {

	private final ViolationProperties.LeftInLocker settings;

	private final Storages storages;

	private final PhoneRegistry phones;

	private final EmployeeDirectory employees;

	LeftInLocker(ViolationProperties properties, Storages storages, PhoneRegistry phones, EmployeeDirectory employees) {
		this.settings = properties.leftInLocker();
		this.storages = storages;
		this.phones = phones;
		this.employees = employees;
	}

	/** The notices due at {@code now}, with their episodes opened. */
	List<AuditableEvent> check(Episodes episodes, Instant now) {
		if (!this.settings.enabled()) {
			return List.of();
		}
		Instant endOfDay = lastEndOfDay(now, this.settings.endOfDay(), this.settings.zoneOrSystem());
		List<AuditableEvent> notices = new ArrayList<>();
		for (StorageView storage : this.storages.active()) {
			AuditSubject subject = AuditSubject.storage(storage.id().value());
			if (storage.storedAt() != null && storage.storedAt().isBefore(endOfDay)
					&& !episodes.isOpen(ViolationRule.LEFT_IN_LOCKER, subject)
					&& episodes.holds(ViolationRule.LEFT_IN_LOCKER, subject, now)) {
				notices.add(notice(storage, subject, endOfDay, now));
			}
		}
		return notices;
	}

	/** The storage ended: its notice's episode ends with it. */
	List<AuditableEvent> ended(Episodes episodes, long storageId, Instant at) {
		AuditSubject subject = AuditSubject.storage(storageId);
		return episodes.end(ViolationRule.LEFT_IN_LOCKER, subject, at, EpisodeEnd.COLLECTED)
			.<AuditableEvent>map((episode) -> Violations.ended(episode, subject, EpisodeEnd.COLLECTED, at))
			.stream()
			.toList();
	}

	/** The phones in lockers now (stored, not yet collected). */
	List<StoredPhone> storedPhones() {
		List<StoredPhone> stored = new ArrayList<>();
		for (StorageView storage : this.storages.active()) {
			if (storage.storedAt() != null) {
				storage.phoneIds()
					.forEach((phone) -> stored.add(new StoredPhone(phone.value(), storage.id().value(),
							storage.lockerId().value(), storage.employeeId().value(), storage.storedAt())));
			}
		}
		return stored;
	}

	/** The latest end of the day at or before {@code now}, in the kiosk's zone. */
	static Instant lastEndOfDay(Instant now, LocalTime endOfDay, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		ZonedDateTime tonight = today.atTime(endOfDay).atZone(zone);
		return (tonight.toInstant().isAfter(now) ? tonight.minusDays(1) : tonight).toInstant();
	}

	private PhoneLeftInLocker notice(StorageView storage, AuditSubject subject, Instant endOfDay, Instant now) {
		List<String> labels = storage.phoneIds()
			.stream()
			.sorted(Comparator.comparingLong(PhoneId::value))
			.map(this.phones::byId)
			.map(PhoneRef::label)
			.toList();
		String employee = this.employees.byId(storage.employeeId()).map(EmployeeRef::name).orElse("");
		return new PhoneLeftInLocker(ViolationRule.LEFT_IN_LOCKER.episodeKey(subject), storage.id().value(),
				storage.lockerId().value(), storage.employeeId().value(), employee, labels, storage.storedAt(),
				endOfDay, now);
	}

}
