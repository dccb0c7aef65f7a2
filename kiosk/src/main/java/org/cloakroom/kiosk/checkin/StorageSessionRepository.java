package org.cloakroom.kiosk.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StorageSessionRepository extends ListCrudRepository<StorageSession, Long> {

	List<StorageSession> findByStateIn(Collection<SessionState> states);

	Optional<StorageSession> findFirstByEmployeeIdAndStateInOrderByOpenedAtDesc(long employeeId,
			Collection<SessionState> states);

}
