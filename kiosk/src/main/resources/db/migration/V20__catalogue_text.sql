-- Policy: a catalogue entry's name and reason in other languages than English, so that the
-- kiosk says a decision's reasons in the employee's language (English when there are none).
-- Portable SQL (H2 and PostgreSQL).

-- language: a BCP 47 tag as Java writes it (zh-CN, es); English is the entry's own columns.
-- name: the app's local name, NULL where it has none (the English name is said).
CREATE TABLE flagged_app_text (
    app_id VARCHAR(64) NOT NULL REFERENCES flagged_app (id),
    language VARCHAR(35) NOT NULL,
    name VARCHAR(200) NULL,
    reason VARCHAR(1000) NOT NULL,
    PRIMARY KEY (app_id, language)
);
