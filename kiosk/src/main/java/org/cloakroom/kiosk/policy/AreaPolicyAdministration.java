package org.cloakroom.kiosk.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The area policy in force: the configuration's starting values with the settings an
 * admin changed on the console laid over them, kept across restarts
 * ({@code area_policy_setting}). A console value wins over the configuration's until it
 * is reset. Each change is audited ({@link AreaPolicyChanged}) in its transaction and in
 * force for the next decision after the commit.
 */
@Service
public class AreaPolicyAdministration {

	private final PolicyEdits localEdits;

	private static final Log logger = LogFactory.getLog(AreaPolicyAdministration.class);

	private final AreaPolicy configured;

	private final AreaPolicyTable table;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Read once, then again after each change's transaction ends. */
	private volatile AreaPolicy current;

	/** Counts changes, so that a read begun before one never caches the old policy. */
	private final AtomicLong generation = new AtomicLong();

	AreaPolicyAdministration(PolicyProperties properties, AreaPolicyTable table, ApplicationEventPublisher events,
			Clock clock, PolicyEdits localEdits) {
		this.configured = properties.areaPolicy();
		this.table = table;
		this.events = events;
		this.clock = clock;
		this.localEdits = localEdits;
	}

	/** The policy in force now. */
	public AreaPolicy current() {
		AreaPolicy known = this.current;
		if (known != null) {
			return known;
		}
		long seen = this.generation.get();
		AreaPolicy loaded = this.configured.with(overrides(this.table.all()));
		synchronized (this) {
			if (this.generation.get() == seen) {
				this.current = loaded;
			}
		}
		return loaded;
	}

	/**
	 * The policy in force once this transaction commits, read from the table rather than
	 * the cache (which a change in this transaction has not replaced yet).
	 */
	@Transactional(readOnly = true)
	public AreaPolicy inTable() {
		return this.configured.with(overrides(this.table.all()));
	}

	/** The configuration's starting values. */
	public AreaPolicy configured() {
		return this.configured;
	}

	/** Every setting, in order, with its value now and where it comes from. */
	@Transactional(readOnly = true)
	public List<AreaPolicySettingState> settings() {
		Map<String, AreaPolicyTable.Row> rows = new HashMap<>();
		this.table.all().forEach((row) -> rows.put(row.setting(), row));
		AreaPolicy now = current();
		return Arrays.stream(AreaPolicySetting.values()).map((setting) -> {
			Optional<AreaPolicyTable.Row> row = Optional.ofNullable(rows.get(setting.key()));
			return new AreaPolicySettingState(setting, setting.text(now), setting.text(this.configured),
					row.map(AreaPolicyTable.Row::changedBy).orElse(null),
					row.map(AreaPolicyTable.Row::changedAt).orElse(null));
		}).toList();
	}

	/**
	 * Sets these settings (values as configuration writes them: {@code ALL_PHONES},
	 * {@code 30d}); a setting given its value now is left as it is.
	 * @throws PolicyRefusal naming a setting whose value it does not take
	 */
	@Transactional
	public AreaPolicy change(Map<AreaPolicySetting, String> values, String by) {
		this.localEdits.allowed();
		String admin = ExemptionGrant.text("by", by, 200);
		Map<AreaPolicySetting, Object> parsed = new EnumMap<>(AreaPolicySetting.class);
		values.forEach((setting, text) -> parsed.put(setting, setting.parse(text)));
		AreaPolicy before = current();
		AreaPolicy after = before.with(parsed);
		Instant now = this.clock.instant();
		List<String> changes = new ArrayList<>();
		for (AreaPolicySetting setting : parsed.keySet()) {
			if (!setting.of(before).equals(setting.of(after))) {
				this.table.put(setting.key(), setting.text(after), admin, now);
				changes.add(setting.key() + ": " + setting.text(before) + " -> " + setting.text(after));
			}
		}
		return recorded(before, after, changes, admin);
	}

	/** Makes these settings follow the configuration again. */
	@Transactional
	public AreaPolicy reset(Collection<AreaPolicySetting> settings, String by) {
		this.localEdits.allowed();
		String admin = ExemptionGrant.text("by", by, 200);
		AreaPolicy before = current();
		Map<AreaPolicySetting, Object> configuredValues = new EnumMap<>(AreaPolicySetting.class);
		List<String> changes = new ArrayList<>();
		List<String> setOnConsole = this.table.all().stream().map(AreaPolicyTable.Row::setting).toList();
		for (AreaPolicySetting setting : AreaPolicySetting.values()) {
			if (settings.contains(setting) && setOnConsole.contains(setting.key())) {
				this.table.remove(setting.key());
				configuredValues.put(setting, setting.of(this.configured));
				changes.add(setting.key() + ": " + setting.text(before) + " -> " + setting.text(this.configured)
						+ " (configuration)");
			}
		}
		return recorded(before, before.with(configuredValues), changes, admin);
	}

	private AreaPolicy recorded(AreaPolicy before, AreaPolicy after, List<String> changes, String by) {
		if (!changes.isEmpty()) {
			this.events.publishEvent(new AreaPolicyChanged(before, after, changes, by));
			forgetWhenDone();
		}
		return after;
	}

	/** The next read loads the policy again, once this transaction committed or not. */
	void forgetWhenDone() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
		else {
			forget();
		}
	}

	private synchronized void forget() {
		this.generation.incrementAndGet();
		this.current = null;
	}

	/**
	 * The settings the console set; one whose value this version does not take (written
	 * by another) is left to the configuration, and said once.
	 */
	private static Map<AreaPolicySetting, Object> overrides(List<AreaPolicyTable.Row> rows) {
		Map<AreaPolicySetting, Object> values = new EnumMap<>(AreaPolicySetting.class);
		for (AreaPolicyTable.Row row : rows) {
			Optional<AreaPolicySetting> setting = AreaPolicySetting.byKey(row.setting());
			try {
				setting.ifPresent((known) -> values.put(known, known.parse(row.value())));
			}
			catch (PolicyRefusal ex) {
				logger.warn("The area policy's " + row.setting() + " set on the console to '" + row.value() + "' by "
						+ row.changedBy() + " is not a value this version takes; the configuration's is in force");
			}
			if (setting.isEmpty()) {
				logger.warn("The area policy has no setting " + row.setting() + " (set on the console by "
						+ row.changedBy() + "); ignored");
			}
		}
		return values;
	}

}
