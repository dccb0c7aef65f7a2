package org.cloakroom.kiosk.web.live;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.web.RefusalWords;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Opens {@code /officer/stream}, {@code /kiosk/stream} and {@code /api/v1/alerts/stream}:
 * takes a place among the {@code cloakroom.live.max-clients} (or refuses with 503),
 * switches the request to asynchronous, non-blocking writes, and resumes after the
 * client's {@code Last-Event-ID} (sent by a reconnecting EventSource) or the page's
 * {@code after}.
 */
@Component
public class LiveStreams {

	private final LiveUpdates updates;

	private final LiveProperties properties;

	private final Clock clock;

	private final RefusalWords words;

	LiveStreams(LiveUpdates updates, LiveProperties properties, Clock clock, RefusalWords words) {
		this.updates = updates;
		this.properties = properties;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * Starts the stream on this request and returns null, or returns the refusal to send
	 * instead.
	 */
	public ResponseEntity<ProblemDetail> open(Audience audience, HttpServletRequest request,
			HttpServletResponse response, String lastEventId, String after) throws IOException {
		Long resumeAfter;
		try {
			resumeAfter = resumeAfter(lastEventId, after);
		}
		catch (NotASequence ex) {
			return refuse(HttpStatus.BAD_REQUEST, "bad-input", this.words
				.of(RefusalWords.words("live.not-a-sequence", ex.name, abbreviate(ex.value)), request.getLocale()));
		}
		if (!this.updates.reserveSlot()) {
			ResponseEntity<ProblemDetail> refusal = refuse(HttpStatus.SERVICE_UNAVAILABLE, "too-many-streams",
					this.words.of(RefusalWords.words("live.too-many-streams", this.properties.maxClients()),
							request.getLocale()));
			return ResponseEntity.status(refusal.getStatusCode())
				.headers(refusal.getHeaders())
				.header("Retry-After", "5")
				.body(refusal.getBody());
		}
		LiveStream stream;
		try {
			response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("X-Accel-Buffering", "no");
			// a dropped stream's connection closes with it, not after a keep-alive wait
			response.setHeader("Connection", "close");
			AsyncContext async = request.startAsync(request, response);
			async.setTimeout(0);
			stream = new LiveStream(audience, async, this.properties.bufferSize(), this.clock, this.updates::forget);
		}
		catch (RuntimeException ex) {
			this.updates.releaseSlot();
			throw ex;
		}
		try {
			stream.start();
		}
		catch (IOException | RuntimeException ex) {
			stream.close("it could not start (" + ex.getMessage() + ")");
			throw ex;
		}
		this.updates.join(stream, resumeAfter);
		return null;
	}

	/** The header wins: it is what the client last received. */
	private static Long resumeAfter(String lastEventId, String after) {
		if (lastEventId != null && !lastEventId.isBlank()) {
			return sequence("Last-Event-ID", lastEventId);
		}
		if (after != null && !after.isBlank()) {
			return sequence("after", after);
		}
		return null;
	}

	private static long sequence(String name, String value) {
		try {
			long sequence = Long.parseLong(value.strip());
			if (sequence >= 0) {
				return sequence;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		throw new NotASequence(name, value);
	}

	/** A resume point that is not an audit sequence number: the client's mistake. */
	private static final class NotASequence extends RuntimeException {

		private final String name;

		private final String value;

		NotASequence(String name, String value) {
			super(name, null, false, false);
			this.name = name;
			this.value = value;
		}

	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "…";
	}

	private static ResponseEntity<ProblemDetail> refuse(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:cloakroom:problem:" + type));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
