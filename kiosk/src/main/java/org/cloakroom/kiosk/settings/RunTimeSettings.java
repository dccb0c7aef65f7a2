package org.cloakroom.kiosk.settings;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The run-time settings in force: a value an admin set on the console wins over the
 * configuration's until it is reset, across restarts ({@code run_time_setting}). A use
 * asks with the configured value it holds ({@code settings.duration(CHECK_IN_TIMEOUT,
 * properties.timeout())}), so that without a console value nothing changes. Each change
 * is audited ({@link RunTimeSettingChanged}) in its transaction and read by the next use
 * after the commit.
 */
@Service
public class RunTimeSettings {

	private static final Log logger = LogFactory.getLog(RunTimeSettings.class);

	private final RunTimeSettingTable table;

	private final Environment environment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The console's values, read once, then again after each change's transaction. */
	private volatile Map<RunTimeSetting, Object> set;

	private final AtomicLong generation = new AtomicLong();

	RunTimeSettings(RunTimeSettingTable table, Environment environment, ApplicationEventPublisher events, Clock clock) {
		this.table = table;
		this.environment = environment;
		this.events = events;
		this.clock = clock;
	}

	public boolean flag(RunTimeSetting setting, boolean configured) {
		return (Boolean) setOnConsole().getOrDefault(setting, configured);
	}

	public int wholeNumber(RunTimeSetting setting, int configured) {
		Object value = setOnConsole().get(setting);
		return (value != null) ? ((Long) value).intValue() : configured;
	}

	public Duration duration(RunTimeSetting setting, Duration configured) {
		return (Duration) setOnConsole().getOrDefault(setting, configured);
	}

	/** Every run-time setting, with its value now and where it comes from. */
	@Transactional(readOnly = true)
	public List<RunTimeSettingState> settings() {
		Map<String, RunTimeSettingTable.Row> rows = new HashMap<>();
		this.table.all().forEach((row) -> rows.put(row.setting(), row));
		Map<RunTimeSetting, Object> set = setOnConsole();
		return Arrays.stream(RunTimeSetting.values()).map((setting) -> {
			Optional<RunTimeSettingTable.Row> row = Optional.ofNullable(rows.get(setting.property()));
			String configured = configured(setting);
			return new RunTimeSettingState(setting,
					set.containsKey(setting) ? RunTimeSetting.format(set.get(setting)) : configured, configured,
					row.map(RunTimeSettingTable.Row::changedBy).orElse(null),
					row.map(RunTimeSettingTable.Row::changedAt).orElse(null));
		}).toList();
	}

	/**
	 * Sets a value as configuration writes it ({@code 2m}, {@code false}); the value it
	 * has now changes nothing.
	 * @throws SettingsRefusal naming a value out of the setting's range
	 */
	@Transactional
	public void change(RunTimeSetting setting, String text, String by) {
		Object value = setting.parse(text);
		String before = now(setting);
		String after = RunTimeSetting.format(value);
		if (!after.equals(before)) {
			this.table.put(setting.property(), after, by, this.clock.instant());
			this.events.publishEvent(new RunTimeSettingChanged(setting.property(), before, after, false, by));
			forgetWhenDone();
		}
	}

	/** Gives a setting back to the configuration. */
	@Transactional
	public void reset(RunTimeSetting setting, String by) {
		String before = now(setting);
		if (this.table.remove(setting.property())) {
			this.events
				.publishEvent(new RunTimeSettingChanged(setting.property(), before, configured(setting), true, by));
			forgetWhenDone();
		}
	}

	/** The configuration's value: the property if set, else its default. */
	private String configured(RunTimeSetting setting) {
		return this.environment.getProperty(setting.property(), setting.defaultText());
	}

	private String now(RunTimeSetting setting) {
		Object value = setOnConsole().get(setting);
		return (value != null) ? RunTimeSetting.format(value) : configured(setting);
	}

	private Map<RunTimeSetting, Object> setOnConsole() {
		Map<RunTimeSetting, Object> known = this.set;
		if (known != null) {
			return known;
		}
		long seen = this.generation.get();
		Map<RunTimeSetting, Object> loaded = new EnumMap<>(RunTimeSetting.class);
		for (RunTimeSettingTable.Row row : this.table.all()) {
			Arrays.stream(RunTimeSetting.values())
				.filter((setting) -> setting.property().equals(row.setting()))
				.findFirst()
				.ifPresentOrElse((setting) -> read(setting, row, loaded), () -> logger
					.warn("No run-time setting " + row.setting() + " (set by " + row.changedBy() + "); ignored"));
		}
		synchronized (this) {
			if (this.generation.get() == seen) {
				this.set = loaded;
			}
		}
		return loaded;
	}

	private static void read(RunTimeSetting setting, RunTimeSettingTable.Row row, Map<RunTimeSetting, Object> into) {
		try {
			into.put(setting, setting.parse(row.value()));
		}
		catch (SettingsRefusal ex) {
			logger.warn("The run-time setting " + row.setting() + " set to '" + row.value() + "' by " + row.changedBy()
					+ " is out of its range now; the configuration's value is in force");
		}
	}

	private void forgetWhenDone() {
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
		this.set = null;
	}

}
