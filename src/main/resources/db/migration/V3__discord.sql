-- Discord buttons that ask for text before running their command (e.g. "Post update"): a Discord button carries only
-- its 100-character id, so the question it asks is kept here, by that id.
CREATE TABLE discord_button_prompt (
    custom_id   VARCHAR(100)  PRIMARY KEY,
    label       VARCHAR(80)   NOT NULL,
    prompt      VARCHAR(1000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
