package org.cloakroom.kiosk.locker;

import java.time.Instant;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface LockerRepository extends ListCrudRepository<Locker, Integer> {

	List<Locker> findAllByOrderByIdAsc();

	List<Locker> findByStateOrderByIdAsc(LockerState state);

	List<Locker> findByDeadlineLessThanEqualOrderByIdAsc(Instant now);

	long countByState(LockerState state);

	List<Locker> findByDoorOpenSinceLessThanEqualOrderByIdAsc(Instant openSince);

	long countByHeldOpenAlertsGreaterThan(int alerts);

}
