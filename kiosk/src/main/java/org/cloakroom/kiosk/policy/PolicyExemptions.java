package org.cloakroom.kiosk.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cloakroom.kiosk.NotFoundException;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, lists and revokes exemptions from storage, each change audited in its
 * transaction, and finds the exemption that covers a phone now (by the injected clock).
 * Whether the phone or employee exists is the caller's to check.
 */
@Service
public class PolicyExemptions {

	private final PolicyEdits localEdits;

	private final ExemptionTable table;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyExemptions(ExemptionTable table, ApplicationEventPublisher events, Clock clock, PolicyEdits localEdits) {
		this.table = table;
		this.events = events;
		this.clock = clock;
		this.localEdits = localEdits;
	}

	/**
	 * @throws PolicyRefusal when the expiry is not in the future
	 */
	@Transactional
	public Exemption grant(ExemptionGrant grant) {
		this.localEdits.allowed();
		if (!grant.expiresAt().isAfter(this.clock.instant())) {
			throw PolicyRefusal.invalid("exemption-expiry-past", grant.expiresAt(), this.clock.instant());
		}
		Exemption exemption = get(this.table.insert(grant, this.clock.instant()));
		this.events.publishEvent(ExemptionGranted.of(exemption));
		return exemption;
	}

	/** Every exemption, expired and revoked ones too, oldest first. */
	@Transactional(readOnly = true)
	public List<Exemption> all() {
		return this.table.all();
	}

	/**
	 * @throws NotFoundException for an unknown id
	 */
	@Transactional(readOnly = true)
	public Exemption get(long id) {
		return this.table.byId(id).orElseThrow(() -> new NotFoundException("Exemption", id));
	}

	/**
	 * @throws NotFoundException for an unknown id
	 * @throws PolicyRefusal when it is revoked already
	 */
	@Transactional
	public Exemption revoke(long id, String revokedBy, String because) {
		this.localEdits.allowed();
		Exemption exemption = get(id);
		if (exemption.revokedAt() != null) {
			throw PolicyRefusal.conflict("exemption-revoked", String.valueOf(id), exemption.revokedBy(),
					exemption.revokedAt());
		}
		String by = ExemptionGrant.text("revokedBy", revokedBy, 200);
		String why = (because == null || because.isBlank()) ? null : ExemptionGrant.text("because", because, 500);
		this.table.revoke(id, this.clock.instant(), by);
		this.events.publishEvent(new ExemptionRevoked(id, exemption.phoneId(), exemption.employeeId(), by, why));
		return get(id);
	}

	/** The active exemption for this phone or its employee that runs longest, if any. */
	@Transactional(readOnly = true)
	public Optional<Exemption> activeFor(PhoneId phoneId, EmployeeId employeeId) {
		return this.table.unrevokedFor(phoneId, employeeId)
			.stream()
			.filter((exemption) -> exemption.covers(phoneId, employeeId, this.clock.instant()))
			.findFirst();
	}

}
