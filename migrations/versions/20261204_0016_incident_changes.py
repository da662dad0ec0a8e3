"""The change feed: one row per incident that says what a mirror must do with it, in commit order.

`incident_changes` holds, for every incident id ever served, its latest change: `upsert` (the incident's document
is in `incidents.doc`), `merge` (the id was absorbed; `survivor_id` names the incident that absorbed it) or
`delete` (with a `reason`: `article_withdrawn`, `no_reports_left` when re-extraction left the incident without a
report). `seq` orders the feed and is its cursor: a change takes the next value of `incident_changes_seq` and the
row moves to the end of the feed, so the log keeps one row per incident (a mirror replaying it from the start reads
each incident once, at its latest state) and a client whose cursor is anywhere in it misses nothing.

Writers record their changes last in their transaction, under one transaction-scoped advisory lock
(`service.db.queries.changes`), so sequence values commit in their order and a reader never passes a value a
later commit could still fill.

The upgrade gives every existing incident an upsert and every absorbed id a merge, in `updated_at` order: one
row per incident, written once.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SEQUENCE incident_changes_seq AS bigint")
    op.execute(
        """
        CREATE TABLE incident_changes (
            seq          bigint NOT NULL DEFAULT nextval('incident_changes_seq') PRIMARY KEY,
            incident_id  bigint NOT NULL UNIQUE,
            kind         text NOT NULL CHECK (kind IN ('upsert', 'merge', 'delete')),
            survivor_id  bigint CHECK ((kind = 'merge') = (survivor_id IS NOT NULL)),
            reason       text CHECK ((kind = 'delete') = (reason IS NOT NULL)),
            changed_at   timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("ALTER SEQUENCE incident_changes_seq OWNED BY incident_changes.seq")
    op.execute(
        """
        INSERT INTO incident_changes (incident_id, kind, survivor_id, changed_at)
        SELECT id, kind, survivor_id, at FROM (
            SELECT id, 'upsert' AS kind, NULL::bigint AS survivor_id, updated_at AS at FROM incidents
            UNION ALL
            SELECT absorbed_id, 'merge', incident_id, merged_at FROM incident_redirects
        ) existing
        ORDER BY at, id
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE incident_changes")
