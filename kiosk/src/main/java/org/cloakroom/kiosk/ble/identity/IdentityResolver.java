package org.cloakroom.kiosk.ble.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.cloakroom.kiosk.ble.BleAddress;
import org.cloakroom.kiosk.ble.EnrolledIdentity;
import org.cloakroom.kiosk.ble.decode.AdFields;
import org.cloakroom.kiosk.ble.identity.Resolution.EnrolledPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.NotAPhone;
import org.cloakroom.kiosk.ble.identity.Resolution.UnenrolledPhone;
import org.cloakroom.kiosk.ble.transport.AddressType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells who sent an advertisement: beacon frames and fixed addresses through maps,
 * resolvable private addresses through every IRK once and then a cache, so a known
 * address costs one look-up (a two-way set-associative cache of 4096 addresses that
 * allocates nothing). A stranger that looks like a phone is keyed by an HMAC of its
 * address under a key that lives only in memory and changes every day
 * ({@code DeviceKeys}); nothing else is. Identities load on first use (never at
 * construction, so start-up order does not matter) and again after {@link #invalidate()}.
 * Not thread-safe except {@link #invalidate()}: the pipeline calls it under its lock.
 */
public final class IdentityResolver {

	private static final Logger logger = LoggerFactory.getLogger(IdentityResolver.class);

	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

	/** Marks a resolvable private address that no enrolled IRK resolves. */
	private static final EnrolledPhone NO_MATCH = new EnrolledPhone(Long.MIN_VALUE);

	/**
	 * Addresses remembered per cache: far more than the devices in range of a door (a few
	 * hundred, each rotating every 15 minutes), and 4096 × 3 longs and a reference is
	 * about 130 kB.
	 */
	private static final int CACHE_SIZE = 4096;

	private final Supplier<List<EnrolledIdentity>> source;

	private final DeviceKeys deviceKeys;

	private final AddressCache<EnrolledPhone> privateAddresses = new AddressCache<>(CACHE_SIZE);

	private final AddressCache<UnenrolledPhone> unenrolled = new AddressCache<>(CACHE_SIZE);

	private volatile boolean stale = true;

	private IdentityDirectory directory = IdentityDirectory.EMPTY;

	private Instant retryAt = Instant.MIN;

	private long irkEvaluations;

	/** The day whose device keys {@link #unenrolled} holds. */
	private long keyDay = Long.MIN_VALUE;

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
		return unenrolled(address, kind, now);
	}

	/**
	 * The same object for the same address and kind while the day's key holds, so that a
	 * known stranger costs one look-up and no hashing.
	 */
	private UnenrolledPhone unenrolled(BleAddress address, String kind, Instant now) {
		long day = DeviceKeys.dayOf(now);
		if (day != this.keyDay) {
			this.unenrolled.clear();
			this.keyDay = day;
		}
		UnenrolledPhone known = this.unenrolled.get(address.value());
		if (known != null && known.kind().equals(kind)) {
			return known;
		}
		String key = (known != null) ? known.deviceKey() : this.deviceKeys.keyOf(address, now);
		UnenrolledPhone phone = new UnenrolledPhone(key, kind);
		this.unenrolled.put(address.value(), phone);
		return phone;
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
		EnrolledPhone phone = this.privateAddresses.get(address.value());
		if (phone == null) {
			phone = resolvePrivate(address);
			this.privateAddresses.put(address.value(), phone);
		}
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
