-- The language a web user chose for the web app (EN, KO); null follows the browser's Accept-Language.
ALTER TABLE web_user ADD COLUMN language VARCHAR(8);
