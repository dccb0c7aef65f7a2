package org.cloakroom.kiosk.locker;

import java.time.ZoneOffset;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The locker tests' way to put phones in a locker under a storage id they choose, so that
 * their assertions can name it: the storage row is written as {@link Storages} writes it,
 * and the locker is unlocked for it through the bank's own transitions, so the storage
 * follows the locker exactly as in the kiosk. Tests of the storing itself use
 * {@link Storages}.
 */
final class TestStorages {

	private final LockerTransitions transitions;

	private final JdbcClient jdbc;

	private final LockerProperties properties;

	private TestStorages(LockerTransitions transitions, JdbcClient jdbc, LockerProperties properties) {
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	static TestStorages of(BeanFactory beans) {
		return new TestStorages(beans.getBean(LockerTransitions.class), beans.getBean(JdbcClient.class),
				beans.getBean(LockerProperties.class));
	}

	/**
	 * Opens storage {@code storageId} (employee and phone of the same number) and unlocks
	 * the first free locker for it.
	 * @throws NoFreeLockerException when none is free (the storage stays without locker)
	 */
	LockerView reserveAny(long storageId) {
		return this.transitions.run((now) -> {
			this.jdbc.sql(
					"INSERT INTO storage (id, employee_id, unenrolled_phones, opened_at, version) VALUES (?, ?, 0, ?, 0)")
				.params(storageId, storageId, now.atOffset(ZoneOffset.UTC))
				.update();
			this.jdbc.sql("INSERT INTO storage_phone (storage_id, phone_id) VALUES (?, ?)")
				.params(storageId, storageId)
				.update();
			Locker locker = this.transitions.firstFree().orElseThrow(NoFreeLockerException::new);
			locker.unlockForStoring(StorageId.of(storageId), now, this.properties.reservationTimeout());
			return locker;
		}, false).orElseThrow();
	}

	/** Unlocks the locker for collecting the storage's phones, as a collection does. */
	LockerView release(int lockerId, long storageId) {
		return this.transitions.change(LockerId.of(lockerId), (locker, now) -> locker
			.unlockForCollecting(StorageId.of(storageId), now, this.properties.releaseTimeout()));
	}

	/** Forgets every storage, for a test that starts its lockers afresh. */
	void clear() {
		this.jdbc.sql("DELETE FROM storage_phone").update();
		this.jdbc.sql("DELETE FROM storage").update();
	}

}
