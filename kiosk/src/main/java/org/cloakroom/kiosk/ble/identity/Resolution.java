package org.cloakroom.kiosk.ble.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.UnenrolledPhoneArrived;
import org.cloakroom.kiosk.ble.Zone;

/** What an advertisement's sender turned out to be, and what its moves mean. */
public sealed interface Resolution {

	/**
	 * The event to publish when proximity accepted a move, if any; {@code confidence} (0
	 * to 1) is how sure proximity is of the new zone.
	 */
	Optional<AuditableEvent> zoneChanged(Zone from, Zone to, double filteredRssi, double confidence, Instant at);

	/**
	 * Whether proximity may forget the device once it has faded (its address rotates, so
	 * it would come back under another key anyway).
	 */
	boolean forgottenWhenFaded();

	/**
	 * One of the enrolled phones: every accepted move is published. A phone is one track
	 * whichever of its identities sent a packet, so equality is the phone's alone;
	 * {@code identityId} says which identity sent this packet (0: not known), for
	 * per-identity calibration.
	 */
	record EnrolledPhone(long phoneId, long identityId) implements Resolution {

		/** The phone, whichever identity. */
		public EnrolledPhone(long phoneId) {
			this(phoneId, 0);
		}

		@Override
		public Optional<AuditableEvent> zoneChanged(Zone from, Zone to, double filteredRssi, double confidence,
				Instant at) {
			return Optional.of(new PhoneZoneChanged(this.phoneId, from, to, filteredRssi, confidence, at));
		}

		@Override
		public boolean forgottenWhenFaded() {
			return false;
		}

		// written out: proximity looks a subject up on every packet, and the generated
		// record methods go through a method handle
		@Override
		public boolean equals(Object other) {
			return other instanceof EnrolledPhone that && this.phoneId == that.phoneId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.phoneId);
		}

	}

	/**
	 * A phone that matches no enrolled identity; {@code deviceKey} is a keyed hash of its
	 * address, {@code kind} what it looks like ("iPhone", "Android"). Only an arrival is
	 * published: a move deeper in, into AT_DOOR or INSIDE (not back out to them).
	 */
	record UnenrolledPhone(String deviceKey, String kind) implements Resolution {

		public UnenrolledPhone {
			Objects.requireNonNull(deviceKey, "unenrolled phone's device key");
			Objects.requireNonNull(kind, "unenrolled phone's kind");
		}

		@Override
		public Optional<AuditableEvent> zoneChanged(Zone from, Zone to, double filteredRssi, double confidence,
				Instant at) {
			boolean arrived = (to == Zone.AT_DOOR || to == Zone.INSIDE) && to.ordinal() > from.ordinal();
			return arrived ? Optional.of(new UnenrolledPhoneArrived(this.deviceKey, this.kind, to, at))
					: Optional.empty();
		}

		@Override
		public boolean forgottenWhenFaded() {
			return true;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof UnenrolledPhone that && this.deviceKey.equals(that.deviceKey)
					&& this.kind.equals(that.kind);
		}

		@Override
		public int hashCode() {
			return 31 * this.deviceKey.hashCode() + this.kind.hashCode();
		}

	}

	/** Anything else (headphones, tags, TVs): only counted, never tracked. */
	enum NotAPhone implements Resolution {

		INSTANCE;

		@Override
		public Optional<AuditableEvent> zoneChanged(Zone from, Zone to, double filteredRssi, double confidence,
				Instant at) {
			return Optional.empty();
		}

		@Override
		public boolean forgottenWhenFaded() {
			return true;
		}

	}

}
