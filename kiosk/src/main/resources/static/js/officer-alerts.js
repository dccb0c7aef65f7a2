// The alerts stream on the officer console's pages (officer-alerts.html's fragment 'live'):
// each opened or changed alert makes the header counts and the queue's list fetch themselves
// again (hx-trigger "alert-changed from:body"), and an opened one plays the audible cue.
// Out of the page: the Content-Security-Policy allows no inline script.
'use strict';

(function () {
	var audio = null;

	// Browsers start audio only after the person has interacted with the page: the first
	// click or key press wakes the context up, so later cues are heard.
	function wake() {
		if (audio && audio.state === 'suspended') {
			audio.resume();
		}
	}
	document.addEventListener('pointerdown', wake);
	document.addEventListener('keydown', wake);

	// A short tone made with the Web Audio API, no sound file; its settings come from
	// cloakroom.alerts.sound. The page counts the cues it played (data-alert-cues).
	function cue(live) {
		if (live.dataset.alertSound !== 'true') {
			return;
		}
		var seconds = Number(live.dataset.alertSoundMillis) / 1000;
		try {
			var Context = window.AudioContext || window.webkitAudioContext;
			audio = audio || new Context();
			var tone = audio.createOscillator();
			var volume = audio.createGain();
			tone.frequency.value = Number(live.dataset.alertSoundFrequency);
			volume.gain.setValueAtTime(0.25, audio.currentTime);
			volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + seconds);
			tone.connect(volume);
			volume.connect(audio.destination);
			tone.start();
			tone.stop(audio.currentTime + seconds);
		} catch (noAudio) {
			// a machine without audio still sees the counts change
		}
		live.dataset.alertCues = String(Number(live.dataset.alertCues || 0) + 1);
	}

	// The newest entry whose alert change was handled: a stream that reconnects may be
	// replayed what it had already sent.
	var handled = 0;

	function changed(live, message) {
		var sequence = Number(message.lastEventId);
		if (sequence <= handled) {
			return;
		}
		handled = sequence;
		var change = JSON.parse(message.data);
		htmx.trigger(document.body, 'alert-changed', { alert: change.alert.id, change: change.change });
		if (change.change === 'opened') {
			cue(live);
		}
	}

	// htmx's sse extension connects (and reconnects) the stream; its events are read here
	// from the EventSource itself rather than through sse-swap, whose swap the extension
	// shipped beside htmx 2 cannot do. The page says when its stream is open
	// (data-stream-open), for whoever waits on it.
	document.addEventListener('htmx:sseOpen', function (event) {
		var live = event.target;
		var source = event.detail.source;
		if (!live.classList || !live.classList.contains('alerts-live') || source.alertsHeard) {
			return;
		}
		source.alertsHeard = true;
		source.addEventListener('alert', function (message) {
			changed(live, message);
		});
		live.dataset.streamOpen = 'true';
	});
})();
