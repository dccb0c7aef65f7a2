package org.cloakroom.yardstick;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The entity's repository, its list cached as petclinic caches its vets. */
public interface Owners extends JpaRepository<Owner, Long> {

	@Cacheable("owners")
	List<Owner> findAllByOrderByName();

}
