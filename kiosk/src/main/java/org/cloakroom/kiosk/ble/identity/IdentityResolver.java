package org.cloakroom.kiosk.ble.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.NotAPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.transport.AddressType;

/**
 * Tells who sent an advertisement: beacon frames and fixed addresses through maps,
 * resolvable private addresses through every IRK once and then a cache, so a known
 * address costs one lookup. Identities load on first use (never at construction, so
 * start-up order does not matter) and again after {@link #invalidate()}. Not thread-safe
 * except {@link #invalidate()}: the pipeline calls it under its lock.
 */
public final class IdentityResolver {

	private static final Log logger = LogFactory.getLog(IdentityResolver.class);

	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

	/** Marks a resolvable private address that no enrolled IRK resolves. */
	private static final EnrolledPhone NO_MATCH = new EnrolledPhone(Long.MIN_VALUE);

	private static final int CACHE_SIZE = 4096;

	private final Supplier<List<EnrolledIdentity>> source;

	private final DeviceKeys deviceKeys;

	private final BoundedCache<Long, EnrolledPhone> privateAddresses = new BoundedCache<>(CACHE_SIZE);

	private final BoundedCache<Long, String> unenrolledKeys = new BoundedCache<>(CACHE_SIZE);

	private volatile boolean stale = true;

	private IdentityDirectory directory = IdentityDirectory.EMPTY;

	private Instant retryAt = Instant.MIN;

	private long irkEvaluations;

	public IdentityResolver(Supplier<List<EnrolledIdentity>> source) {
		this(source, new DeviceKeys());
	}

	IdentityResolver(Supplier<List<EnrolledIdentity>> source, DeviceKeys deviceKeys) {
		this.source = source;
		this.deviceKeys = deviceKeys;
	}

	/** Enrolled identities changed: reload them before the next resolution. */
	public void invalidate() {
		this.stale = true;
	}

	public Resolution resolve(BleAddress address, AddressType type, AdFields fields, Instant now) {
		reloadIfStale(now);
		EnrolledPhone phone = byContent(fields);
		if (phone == null) {
			phone = byAddress(address, type);
		}
		if (phone != null) {
			return phone;
		}
		String kind = PhoneFingerprint.kindOf(fields);
		if (kind == null) {
			return NotAPhone.INSTANCE;
		}
		return new UnenrolledPhone(
				this.unenrolledKeys.computeIfAbsent(address.value(), (value) -> this.deviceKeys.keyOf(address)), kind);
	}

	/**
	 * How many times an IRK was tried against an address (to show that caching works).
	 */
	long irkEvaluations() {
		return this.irkEvaluations;
	}

	private EnrolledPhone byContent(AdFields fields) {
		if (fields.iBeacon() != null) {
			EnrolledPhone phone = this.directory.iBeacons.get(fields.iBeacon().identity());
			if (phone != null) {
				return phone;
			}
		}
		if (fields.eddystoneUid() != null) {
			return this.directory.eddystoneUids.get(fields.eddystoneUid().identity());
		}
		return null;
	}

	private EnrolledPhone byAddress(BleAddress address, AddressType type) {
		EnrolledPhone fixed = this.directory.fixedAddresses.get(address.value());
		if (fixed != null || type != AddressType.RANDOM || !address.isResolvablePrivate()) {
			return fixed;
		}
		EnrolledPhone phone = this.privateAddresses.computeIfAbsent(address.value(),
				(value) -> resolvePrivate(address));
		return (phone == NO_MATCH) ? null : phone;
	}

	private EnrolledPhone resolvePrivate(BleAddress address) {
		for (IdentityDirectory.IrkEntry entry : this.directory.irks) {
			this.irkEvaluations++;
			if (entry.ah().resolves(address)) {
				return entry.phone();
			}
		}
		return NO_MATCH;
	}

	private void reloadIfStale(Instant now) {
		if (!this.stale || now.isBefore(this.retryAt)) {
			return;
		}
		this.stale = false;
		try {
			this.directory = new IdentityDirectory(this.source.get());
			this.privateAddresses.clear();
		}
		catch (RuntimeException ex) {
			this.stale = true;
			this.retryAt = now.plus(RETRY_AFTER_FAILURE);
			logger.warn("Could not load the enrolled BLE identities; keeping the previous ones and retrying in "
					+ RETRY_AFTER_FAILURE.toSeconds() + " s", ex);
		}
	}

}
