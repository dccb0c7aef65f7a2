package org.cloakroom.kiosk.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

/**
 * A GET of the API document made a URL to call: its path variables and required query
 * parameters filled from real rows ({@code "employees/{id}"} and {@code "?format"} keys),
 * and what could not be filled collected, for the tests that call every GET.
 */
public final class ApiDocumentUrls {

	private static final Pattern VARIABLE = Pattern.compile("([^/]+/)\\{([^}]+)}");

	private ApiDocumentUrls() {
	}

	/** Whether the operation answers a stream (not a page to read once). */
	public static boolean streams(Map<String, Object> operation) {
		List<Object> streams = JsonPath.read(operation, "$.responses.*.content['text/event-stream']");
		return !streams.isEmpty();
	}

	public static String fill(String path, Map<String, String> values, List<String> unknown) {
		Matcher variable = VARIABLE.matcher(path);
		StringBuilder url = new StringBuilder();
		while (variable.find()) {
			String value = values.get(variable.group());
			if (value == null) {
				unknown.add(path + ": " + variable.group());
			}
			variable.appendReplacement(url, Matcher.quoteReplacement(variable.group(1) + value));
		}
		return variable.appendTail(url).toString();
	}

	public static String query(Map<String, Object> operation, Map<String, String> values, List<String> unknown) {
		if (!operation.containsKey("parameters")) {
			return "";
		}
		List<String> required = JsonPath.read(operation, "$.parameters[?(@.in == 'query' && @.required == true)].name");
		StringBuilder query = new StringBuilder();
		for (String name : required) {
			String value = values.get("?" + name);
			if (value == null) {
				unknown.add("query parameter " + name);
			}
			query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
		}
		return query.toString();
	}

}
