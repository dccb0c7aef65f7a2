-- Enrolment: the language an employee reads the kiosk screen in (issue 13). Portable SQL: H2 and PostgreSQL.
-- language: a BCP 47 tag the kiosk offers (en, zh-CN, es); NULL means the kiosk's default language.
ALTER TABLE employee ADD COLUMN language VARCHAR(35) NULL;
