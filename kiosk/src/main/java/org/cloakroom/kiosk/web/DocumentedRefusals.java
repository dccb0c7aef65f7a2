package org.cloakroom.kiosk.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Completes the OpenAPI document with what springdoc cannot see in a controller's
 * signature: the refusals that {@link ApiErrors}, {@link SameOriginFilter} and
 * {@link RequestSizeLimits} answer for every operation, as problem details, and the view
 * fields that are null in some states. The fuzzer and the contract test hold every answer
 * against this document, so a refusal the document does not list fails them.
 */
@Component
class DocumentedRefusals implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	/** Fields of views that the API sends as null in some states (schema, property). */
	private static final Map<String, List<String>> NULLABLE = Map.of("LockerView",
			List.of("storageId", "deadline", "fault"), "StorageView",
			List.of("lockerId", "stage", "end", "storedAt", "endedAt"), "CollectionView",
			List.of("lockerId", "stage", "end", "lockerDeadline"), "EmergencyStatus", List.of("since", "by", "reason"));

	@Override
	public void customise(OpenAPI document) {
		document.getComponents().addSchemas(PROBLEM, problemSchema());
		document.getPaths().forEach(this::document);
		NULLABLE.forEach((schema, fields) -> allowNull(document, schema, fields));
	}

	private void document(String path, PathItem item) {
		item.readOperationsMap().forEach((method, operation) -> {
			refuse(operation, "400", "A parameter or body the API cannot take; the detail names it");
			refuse(operation, "500", "A fault of the kiosk's own; its log holds the details");
			refuse(operation, "401", "Nobody signed in: send a console user's session or HTTP Basic credentials");
			refuse(operation, "403", "The console user's role may not do this, or must change the password first;"
					+ " for a change, also a cross-site request, a missing CSRF token or a wrong PIN (with attemptsLeft)");
			if (path.contains("{") || method != PathItem.HttpMethod.GET) {
				refuse(operation, "404", "Nothing has that id, or the kiosk does not know that badge");
			}
			if (method != PathItem.HttpMethod.GET) {
				refuse(operation, "409", "The request does not fit the current state");
				refuse(operation, "413", "The body is larger than this endpoint's limit");
				refuse(operation, "415", "The body is of a type this endpoint does not take");
				refuse(operation, "429", "PIN entry is locked for a while (Retry-After)");
			}
		});
	}

	private static void refuse(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
		operation.getResponses()
			.addApiResponse(status, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem))));
	}

	@SuppressWarnings("unchecked")
	private static void allowNull(OpenAPI document, String schemaName, List<String> fields) {
		Schema<?> schema = document.getComponents().getSchemas().get(schemaName);
		if (schema == null || schema.getProperties() == null) {
			return;
		}
		for (String field : fields) {
			Schema<Object> property = (Schema<Object>) schema.getProperties().get(field);
			if (property == null) {
				continue;
			}
			Set<String> types = new LinkedHashSet<>((property.getTypes() != null) ? property.getTypes()
					: (property.getType() != null) ? Set.of(property.getType()) : Set.of());
			types.add("null");
			property.setTypes(types);
			if (property.getEnum() != null && !property.getEnum().contains(null)) {
				List<Object> values = new ArrayList<>(property.getEnum());
				values.add(null);
				property.setEnum(values);
			}
		}
	}

	/**
	 * RFC 9457 problem details; some refusals add members (attemptsLeft, errors, limit,
	 * ...), as the RFC allows.
	 */
	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.additionalProperties(true)
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema());
	}

}
