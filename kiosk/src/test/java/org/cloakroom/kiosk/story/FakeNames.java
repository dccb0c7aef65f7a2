package org.cloakroom.kiosk.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloakroom.kiosk.policy.FlaggedApp;
import org.cloakroom.kiosk.policy.FlaggedAppSource;
import org.cloakroom.kiosk.policy.Severity;

/**
 * The names of the tests' small world, counting the look-ups: Ada Lovelace (employee 1)
 * with her Pixel 8 (phone 3), locker 7 labelled "7", and WeChat on the catalogue with two
 * sources.
 */
final class FakeNames implements NameSource {

	static final FlaggedApp WECHAT = new FlaggedApp("wechat", "WeChat", "Tencent", Severity.STORE_REQUIRED,
			"it is named by an executive order", null, List.of(),
			List.of(new FlaggedAppSource("Executive Order 13943: Addressing the Threat Posed by WeChat",
					LocalDate.of(2020, 8, 6), "https://example.org/eo-13943", null),
					new FlaggedAppSource("Ranking instant messengers on privacy (Amnesty International)",
							LocalDate.of(2016, 10, 21), "https://example.org/amnesty", null)));

	final AtomicInteger lookups = new AtomicInteger();

	@Override
	public Optional<String> employee(long employeeId) {
		this.lookups.incrementAndGet();
		return Optional.ofNullable(Map.of(1L, "Ada Lovelace").get(employeeId));
	}

	@Override
	public Optional<String> phone(long phoneId) {
		this.lookups.incrementAndGet();
		return Optional.ofNullable(Map.of(3L, "Pixel 8").get(phoneId));
	}

	@Override
	public Optional<String> locker(int lockerId) {
		this.lookups.incrementAndGet();
		return Optional.ofNullable(Map.of(7, "7").get(lockerId));
	}

	@Override
	public Optional<FlaggedApp> flaggedApp(String appId) {
		this.lookups.incrementAndGet();
		return "wechat".equals(appId) ? Optional.of(WECHAT) : Optional.empty();
	}

}
