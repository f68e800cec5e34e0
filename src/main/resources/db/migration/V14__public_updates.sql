-- Status updates marked public (`update --public`, the chat echo's button, the web checkbox): the only timeline text
-- the public status page ever shows. A row per update, so marking it twice changes nothing.
CREATE TABLE public_update (
    entry_id         BIGINT PRIMARY KEY REFERENCES timeline_entry (id),
    incident_number  BIGINT NOT NULL REFERENCES incident (number),
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX public_update_incident ON public_update (incident_number);
