package org.cloakroom.kiosk.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.cloakroom.kiosk.SignedIn;

/**
 * The OpenAPI document as the running program serves it at {@code /v3/api-docs}: its
 * operations (schemas resolved) and a validator that says whether an answer is one the
 * document allows.
 */
final class ApiDocument {

	private final OpenAPI model;

	private final OpenApiInteractionValidator validator;

	private ApiDocument(String json) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		this.model = new OpenAPIParser().readContents(json, null, options).getOpenAPI();
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
	}

	static ApiDocument fetch(HttpClient http, URI base) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v3/api-docs"))
			.header("Authorization", SignedIn.adminBasic())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
		}
		return new ApiDocument(response.body());
	}

	OpenAPI model() {
		return this.model;
	}

	/** Every operation in the document, in its order. */
	List<ApiOperation> operations() {
		List<ApiOperation> operations = new ArrayList<>();
		for (Map.Entry<String, PathItem> path : this.model.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
				operations.add(new ApiOperation(operation.getKey().name(), path.getKey(), operation.getValue()));
			}
		}
		return operations;
	}

	/**
	 * What is wrong with the answer: a 5xx, a status the document does not list, or a
	 * body that does not match the schema for its status and content type. Empty when it
	 * conforms. Every refusal (4xx, 5xx) must be problem-details JSON, never an HTML
	 * page.
	 */
	List<String> problems(ApiRequest request, HttpResponse<byte[]> response) {
		List<String> problems = new ArrayList<>();
		if (response.statusCode() >= 500) {
			problems.add("server error " + response.statusCode());
		}
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
		response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
		ValidationReport report = this.validator.validateResponse(pathOnly(request.path()),
				Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT)), answer.build());
		report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.forEach((message) -> problems.add(message.getKey() + ": " + message.getMessage()));
		jsonDocumentedAsText(request, response).ifPresent(problems::add);
		String contentType = response.headers().firstValue("Content-Type").orElse("(none)");
		if (response.statusCode() >= 400 && !contentType.startsWith("application/problem+json")) {
			problems.add("response.refusal.type: a refusal answered " + contentType + ", not application/problem+json");
		}
		return problems;
	}

	/**
	 * The validator reads a JSON body against {@code type: string} as one string, so it
	 * cannot see an endpoint documented as returning text that returns JSON. Only the
	 * documented media types the answer's {@code Content-Type} matches count (an export
	 * documented as JSON and as CSV text answers either).
	 */
	private Optional<String> jsonDocumentedAsText(ApiRequest request, HttpResponse<byte[]> response) {
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		PathItem path = this.model.getPaths().get(request.template());
		Operation operation = (path != null)
				? path.readOperationsMap().get(PathItem.HttpMethod.valueOf(request.method())) : null;
		if (!contentType.contains("json") || operation == null || operation.getResponses() == null) {
			return Optional.empty();
		}
		ApiResponse documented = operation.getResponses().get(Integer.toString(response.statusCode()));
		if (documented == null || documented.getContent() == null) {
			return Optional.empty();
		}
		org.springframework.http.MediaType answered = org.springframework.http.MediaType.parseMediaType(contentType);
		return documented.getContent()
			.entrySet()
			.stream()
			.filter((entry) -> org.springframework.http.MediaType.parseMediaType(entry.getKey())
				.isCompatibleWith(answered))
			.map((entry) -> entry.getValue().getSchema())
			.filter((schema) -> schema != null && "string".equals(SchemaValues.type(schema))
					&& schema.getFormat() == null)
			.findFirst()
			.map((schema) -> "response.body.type: documented as text (type string), answered " + contentType);
	}

	private static String pathOnly(String path) {
		int query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query);
	}

	/** One operation of the document. */
	record ApiOperation(String method, String template, Operation operation) {

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

}
