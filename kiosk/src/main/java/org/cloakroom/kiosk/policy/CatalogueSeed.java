package org.cloakroom.kiosk.policy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the seed catalogue ({@code cloakroom.policy.catalogue-seed}) at start, only while
 * the catalogue is empty, so an admin's later edits are never overwritten or duplicated.
 */
@Component
class CatalogueSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);

	private final CatalogueTables tables;

	private final FlaggedAppCatalogue catalogue;

	private final PolicyProperties policy;

	private final JsonMapper json;

	CatalogueSeed(CatalogueTables tables, FlaggedAppCatalogue catalogue, PolicyProperties policy, JsonMapper json) {
		this.tables = tables;
		this.catalogue = catalogue;
		this.policy = policy;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.tables.count() > 0) {
			return;
		}
		List<FlaggedApp> entries = read();
		entries.stream().filter((entry) -> !entry.isAlias()).forEach(this.catalogue::add);
		entries.stream().filter(FlaggedApp::isAlias).forEach(this.catalogue::add);
		log.info("Seeded the flagged-app catalogue with {} entries from {}", entries.size(),
				this.policy.catalogueSeed().getDescription());
	}

	private List<FlaggedApp> read() {
		try (InputStream in = this.policy.catalogueSeed().getInputStream()) {
			return this.json.readValue(in, SeedFile.class).entries();
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException(
					"Cannot read the flagged-app seed " + this.policy.catalogueSeed().getDescription()
							+ " (cloakroom.policy.catalogue-seed): " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The seed file: {@code {"about": "...", "entries": [ ... ]}}, each entry a
	 * {@link FlaggedApp}.
	 */
	record SeedFile(String about, List<FlaggedApp> entries) {

		SeedFile {
			entries = (entries == null) ? List.of() : List.copyOf(entries);
		}

	}

}
