package org.cloakroom.kiosk.web.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.CsvRows;
import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditFilter;
import org.cloakroom.kiosk.audit.AuditRefusal;
import org.cloakroom.kiosk.audit.AuditSearch;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A search of the log written out as it is read, so the heap holds one page of entries
 * whatever the size: CSV (RFC 4180 through {@link CsvRows}, which neutralises cells a
 * spreadsheet would run as formulas) or JSON lines (one entry per line, as
 * {@code /api/v1/audit/events} shows it; details keep the exact text the hash covers).
 */
@Component
class AuditExport {

	/** The columns of the CSV, in the order of the hash's canonical form. */
	static final List<String> COLUMNS = List.of("sequence", "recorded_at", "type", "subject", "alert", "details",
			"previous_hash", "hash", "key_id");

	/** The parameter that chooses CSV or JSON lines. */
	private static final String FORMAT = "format";

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final AuditSearch search;

	private final JsonMapper json;

	private final Clock clock;

	AuditExport(AuditSearch search, JsonMapper json, Clock clock) {
		this.search = search;
		this.json = json;
		this.clock = clock;
	}

	enum Format {

		CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), "csv"),
		JSON(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8), "jsonl");

		final MediaType type;

		final String extension;

		Format(MediaType type, String extension) {
			this.type = type;
			this.extension = extension;
		}

		/**
		 * @throws AuditRefusal naming {@code format} for anything but csv or json
		 */
		static Format of(String word) {
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase(word)) {
					return format;
				}
			}
			throw AuditRefusal.unknownFilterValue(FORMAT, word);
		}

	}

	/**
	 * Writes the export as the answer, on the request's own thread: an asynchronous body
	 * would be cut off by the async request timeout on a long export. The filter is
	 * checked before anything is sent, so a bad one is still a problem answer.
	 */
	void write(Format format, AuditFilter filter, HttpServletResponse response) throws IOException {
		this.search.check(filter);
		String file = "audit-" + FILE_TIME.format(this.clock.instant()) + "." + format.extension;
		response.setContentType(format.type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file).build().toString());
		Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				1 << 16);
		try {
			if (format == Format.CSV) {
				writer.write(CsvRows.write(List.of(COLUMNS)));
			}
			this.search.export(filter, (entry) -> write(writer, format, entry));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
	}

	private void write(Writer writer, Format format, AuditEntry entry) {
		try {
			if (format == Format.CSV) {
				writer.write(CsvRows.write(List.of(row(entry))));
			}
			else {
				writer.write(this.json.writeValueAsString(entry));
				writer.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> row(AuditEntry entry) {
		return Arrays.asList(Long.toString(entry.sequence()), entry.at().toString(), entry.type(), entry.subject(),
				Boolean.toString(entry.alert()), entry.details(), entry.previousHash(), entry.hash(), entry.keyId());
	}

}
