-- Which steps of opening a room are done, so a retried opening continues where it stopped.
alter table chat_room add column opening_done varchar(100);
-- Rooms opened before this column existed have their card: count them as fully opened.
update chat_room set opening_done = 'TOPIC,INVITE,LINK_BACK,CARD,PIN' where card_message_id is not null;
