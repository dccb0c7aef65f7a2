package org.cloakroom.kiosk.harness;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.harness.ApiDocument.ApiOperation;

/**
 * Requests for one operation of the document, from a seeded {@link Random}: valid ones
 * built from its schemas, and mutations of them that a clumsy or hostile client would
 * send (wrong types, missing and extra fields, huge and odd text, extreme numbers, bad
 * ids, wrong or broken content types, empty bodies). No {@code Origin} header: the
 * harness is a same-origin client.
 */
final class RequestFactory {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ODD_IDS = List.of("-1", "0", "99999999999999999999", "abc", "1.5", "%20", "%00",
			"..%2F..%2Fetc", "%E2%80%AE1", "9".repeat(300), "null", "%F0%9F%93%B1", "1%0D%0AX-Injected:%201");

	private static final List<Object> ODD_VALUES = List.of(-1, Long.MIN_VALUE, Long.MAX_VALUE, 1e308, -0.0, true, "",
			" ", "\u202Eevil", "\u0000", "日本語📱", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", List.of(),
			List.of(1, "a"), Map.of(), Map.of("a", Map.of("b", 1)));

	private static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "application/xml",
			"multipart/form-data", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
			"application/octet-stream", "text/csv", "*/*", "application/json;;;", "garbage");

	private static final String BOUNDARY = "cloakroom-fuzz-boundary";

	private final Random random;

	private final SchemaValues values;

	RequestFactory(Random random) {
		this.random = random;
		this.values = new SchemaValues(random);
	}

	/** A request the document allows, with real-looking ids. */
	ApiRequest valid(ApiOperation operation) {
		return build(operation, false);
	}

	/** A request with one or more things wrong with it. */
	ApiRequest mutated(ApiOperation operation) {
		return build(operation, true);
	}

	private ApiRequest build(ApiOperation operation, boolean mutate) {
		String path = pathWithIds(operation, mutate && this.random.nextInt(3) == 0);
		String query = query(operation, mutate && this.random.nextInt(3) == 0);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", "*/*");
		byte[] body = null;
		Map<String, MediaType> content = (operation.operation().getRequestBody() != null)
				? operation.operation().getRequestBody().getContent() : null;
		if (content != null && !content.isEmpty()) {
			List<String> types = new ArrayList<>(content.keySet());
			String type = types.get(this.random.nextInt(types.size()));
			Body made = body(type, content.get(type).getSchema(), mutate);
			headers.put("Content-Type", made.contentType());
			body = made.bytes();
		}
		else if (mutate && this.random.nextInt(4) == 0) {
			headers.put("Content-Type", "application/json");
			body = "{\"unexpected\": true}".getBytes(StandardCharsets.UTF_8);
		}
		return new ApiRequest(operation.method(), operation.template(), path + query, headers, body);
	}

	private String pathWithIds(ApiOperation operation, boolean odd) {
		Matcher matcher = PATH_PARAMETER.matcher(operation.template());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String id = odd ? ODD_IDS.get(this.random.nextInt(ODD_IDS.size())) : realId(matcher.group(1));
			matcher.appendReplacement(path, Matcher.quoteReplacement(id));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** Ids that the demo data has, or nearly has. */
	private String realId(String name) {
		return switch (name) {
			case "badgeId" -> "10000" + (1 + this.random.nextInt(6));
			case "key" -> List.of("ada-pixel", "grace-iphone", "tim-fairphone", "visitor-iphone", "nobody")
				.get(this.random.nextInt(5));
			default -> Integer.toString(1 + this.random.nextInt(14));
		};
	}

	private String query(ApiOperation operation, boolean odd) {
		List<Parameter> parameters = (operation.operation().getParameters() != null)
				? operation.operation().getParameters() : List.of();
		StringBuilder query = new StringBuilder();
		for (Parameter parameter : parameters) {
			if (!"query".equals(parameter.getIn())
					|| (!Boolean.TRUE.equals(parameter.getRequired()) && this.random.nextBoolean())) {
				continue;
			}
			Object value = odd ? ODD_VALUES.get(this.random.nextInt(ODD_VALUES.size()))
					: this.values.valid(parameter.getSchema());
			String text = (value instanceof String string) ? string : JSON.writeValueAsString(value);
			query.append(query.isEmpty() ? "?" : "&")
				.append(parameter.getName())
				.append('=')
				.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private Body body(String type, Schema<?> schema, boolean mutate) {
		int mutation = mutate ? this.random.nextInt(8) : -1;
		switch (mutation) {
			case 0:
				return new Body(type, new byte[0]);
			case 1:
				return new Body(ODD_CONTENT_TYPES.get(this.random.nextInt(ODD_CONTENT_TYPES.size())),
						text(type, schema, false));
			case 2:
				return new Body(type, "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8));
			case 3:
				return new Body(type, new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, '\n', 'x' });
			default:
				return new Body(type.startsWith("multipart/") ? type + "; boundary=" + BOUNDARY : type,
						text(type, schema, mutate));
		}
	}

	private byte[] text(String type, Schema<?> schema, boolean mutate) {
		if (type.contains("json")) {
			Object value = this.values.valid(schema);
			return JSON.writeValueAsBytes(mutate ? mutateValue(value) : value);
		}
		String csv = mutate ? oddCsv() : "id,name,publisher,severity,reason,aliasOf,identifiers,sources\n";
		if (type.startsWith("multipart/")) {
			return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n")
				.getBytes(StandardCharsets.UTF_8);
		}
		return csv.getBytes(StandardCharsets.UTF_8);
	}

	private String oddCsv() {
		return List
			.of("a,b,c\n1,2\n", "\"unterminated\n", "device,platform,app_id\nX1,ANDROID,com.example\n",
					"\uFEFFdevice,platform,app_id\n,,\n", "x".repeat(100_000), "=cmd|' /C calc'!A0\n")
			.get(this.random.nextInt(6));
	}

	/** One field of an object made wrong: its type, missing, extra or extreme. */
	@SuppressWarnings("unchecked")
	private Object mutateValue(Object value) {
		if (!(value instanceof Map<?, ?> map) || map.isEmpty() || this.random.nextInt(6) == 0) {
			return ODD_VALUES.get(this.random.nextInt(ODD_VALUES.size()));
		}
		Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) map);
		List<String> names = new ArrayList<>(object.keySet());
		String name = names.get(this.random.nextInt(names.size()));
		switch (this.random.nextInt(5)) {
			case 0 -> object.remove(name);
			case 1 -> object.put("unexpected" + this.random.nextInt(10), "extra");
			case 2 -> object.put(name, "x".repeat(65_536 + this.random.nextInt(200_000)));
			case 3 -> object.put(name, mutateValue(object.get(name)));
			default -> object.put(name, ODD_VALUES.get(this.random.nextInt(ODD_VALUES.size())));
		}
		return object;
	}

	private record Body(String contentType, byte[] bytes) {
	}

}
