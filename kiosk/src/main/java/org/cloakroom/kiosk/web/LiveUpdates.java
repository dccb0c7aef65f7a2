package org.cloakroom.kiosk.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cloakroom.kiosk.audit.AuditEntryRecorded;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Pushes the audit log to open pages as server-sent events, once the entry's transaction
 * has committed: the officer console gets each new row as HTML, the kiosk screen and the
 * simulation panel a "refresh" nudge (every step of a check-in is an audit entry).
 */
@Component
class LiveUpdates {

	private final Set<SseEmitter> officers = new CopyOnWriteArraySet<>();

	private final Set<SseEmitter> kiosks = new CopyOnWriteArraySet<>();

	private final SpringTemplateEngine templates;

	LiveUpdates(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	SseEmitter officer() {
		return subscribe(this.officers);
	}

	SseEmitter kiosk() {
		return subscribe(this.kiosks);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AuditEntryRecorded recorded) {
		if (!this.officers.isEmpty()) {
			Context context = new Context();
			context.setVariable("entry", recorded.entry());
			String row = this.templates.process("officer-row", Set.of("row"), context).strip();
			broadcast(this.officers, () -> SseEmitter.event().name("entry").data(row));
		}
		broadcast(this.kiosks, () -> SseEmitter.event().name("refresh").data(recorded.entry().type()));
	}

	/**
	 * Ends every open stream when the program stops: a stream never ends by itself, and
	 * an open one would hold the web server's graceful shutdown for its whole timeout.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeStreams() {
		Stream.concat(this.officers.stream(), this.kiosks.stream()).forEach(SseEmitter::complete);
		this.officers.clear();
		this.kiosks.clear();
	}

	private static SseEmitter subscribe(Set<SseEmitter> subscribers) {
		SseEmitter emitter = new SseEmitter(0L);
		subscribers.add(emitter);
		emitter.onCompletion(() -> subscribers.remove(emitter));
		emitter.onTimeout(() -> subscribers.remove(emitter));
		emitter.onError(error -> subscribers.remove(emitter));
		return emitter;
	}

	private static void broadcast(Set<SseEmitter> subscribers, Supplier<SseEmitter.SseEventBuilder> event) {
		for (SseEmitter emitter : subscribers) {
			try {
				emitter.send(event.get());
			}
			catch (IOException | IllegalStateException gone) {
				// The page went away; forget it quietly, it will reconnect if it comes
				// back.
				subscribers.remove(emitter);
			}
		}
	}

}
