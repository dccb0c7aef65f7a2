package org.cloakroom.kiosk.fleet.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import org.cloakroom.kiosk.CentralHome;
import org.cloakroom.kiosk.fleet.wire.ConfigurationItem;
import org.cloakroom.kiosk.fleet.wire.ConfigurationUpdate;
import org.cloakroom.kiosk.fleet.wire.WrappedIrk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a kiosk that has configuration version {@code since}: nothing when it is
 * current; a delta of what changed after it while central still remembers that far back;
 * else (a first pull, a version older than the history, or one central never gave) a
 * snapshot. Values are read from the tables as they are now, after the version: a kiosk
 * may get a change a little before its version says, never miss one. IRKs are wrapped for
 * the one kiosk asking.
 */
@Service
@CentralHome
class ConfigurationAnswers {

	private final ConfigurationVersionTable versions;

	private final CurrentConfiguration configuration;

	ConfigurationAnswers(ConfigurationVersionTable versions, CurrentConfiguration configuration) {
		this.versions = versions;
		this.configuration = configuration;
	}

	/** Empty when {@code since} is the current version. */
	@Transactional(readOnly = true)
	Optional<ConfigurationUpdate> answer(long kiosk, byte[] wrappingKey, Long since) {
		ConfigurationVersionTable.Versions now = this.versions.versions();
		if (since != null && since == now.version()) {
			return Optional.empty();
		}
		boolean delta = since != null && since >= now.floor() && since > 0 && since < now.version();
		if (!delta) {
			List<ConfigurationItem> items = this.configuration.of(ConfigurationItem.KINDS)
				.stream()
				.map((item) -> put(item, kiosk, wrappingKey))
				.toList();
			return Optional.of(new ConfigurationUpdate(now.version(), ConfigurationUpdate.SNAPSHOT, null, items));
		}
		return Optional.of(new ConfigurationUpdate(now.version(), ConfigurationUpdate.DELTA, since,
				delta(since, now.version(), kiosk, wrappingKey)));
	}

	private List<ConfigurationItem> delta(long since, long upTo, long kiosk, byte[] wrappingKey) {
		Map<String, Set<String>> changed = new LinkedHashMap<>();
		ConfigurationItem.KINDS.forEach((kind) -> changed.put(kind, new LinkedHashSet<>()));
		this.versions.changed(since, upTo).forEach((change) -> changed.get(change.kind()).add(change.key()));
		changed.values().removeIf(Set::isEmpty);
		Map<String, Item> current = new LinkedHashMap<>();
		this.configuration.of(changed.keySet())
			.stream()
			.filter((item) -> changed.get(item.kind()).contains(item.key()))
			.forEach((item) -> current.put(item.kind() + ":" + item.key(), item));
		List<ConfigurationItem> items = new ArrayList<>();
		changed.forEach((kind, keys) -> keys.forEach((key) -> {
			Item item = current.get(kind + ":" + key);
			items.add((item != null) ? put(item, kiosk, wrappingKey)
					: new ConfigurationItem(kind, key, ConfigurationItem.REMOVE, null));
		}));
		return items;
	}

	private static ConfigurationItem put(Item item, long kiosk, byte[] wrappingKey) {
		ObjectNode value = item.value();
		if (item.identity() != null) {
			value = value.deepCopy()
				.put("wrappedIrk", WrappedIrk.seal(wrappingKey, kiosk, item.key(), item.identity().irk()));
		}
		return new ConfigurationItem(item.kind(), item.key(), ConfigurationItem.PUT, value);
	}

}
