-- The live stream of the inbox (notify-service/docs/stream.md). A notification's place in the stream is the id of
-- the transaction that wrote it, then a sequence number: the stream reads only transactions older than the oldest
-- one still running (pg_snapshot_xmin), so one that took its id early and commits late is never passed over.
-- Both are column defaults, so whoever inserts a notification (InboxService.deliver) need not know of them.
CREATE SEQUENCE notification_stream_seq;
ALTER TABLE notification ADD COLUMN stream_xid xid8, ADD COLUMN stream_seq bigint;

-- the notifications written before the stream existed: this migration's transaction, in the order they were made,
-- so that a client resuming from one of them is given the later ones
UPDATE notification n SET stream_xid = pg_current_xact_id(), stream_seq = o.seq
FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS seq FROM notification) o
WHERE o.id = n.id;
SELECT setval('notification_stream_seq', coalesce((SELECT max(stream_seq) FROM notification), 0) + 1, false);

ALTER TABLE notification
    ALTER COLUMN stream_xid SET DEFAULT pg_current_xact_id(),
    ALTER COLUMN stream_xid SET NOT NULL,
    ALTER COLUMN stream_seq SET DEFAULT nextval('notification_stream_seq'),
    ALTER COLUMN stream_seq SET NOT NULL;
ALTER SEQUENCE notification_stream_seq OWNED BY notification.stream_seq;
CREATE INDEX notification_stream_idx ON notification (stream_xid, stream_seq);
