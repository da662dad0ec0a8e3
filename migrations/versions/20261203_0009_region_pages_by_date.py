"""A region's incidents in date order from one index: incidents carry their place's admin1.

A page filtered by admin1 found the region's places, fetched every incident at them and sorted the lot: a cost
that grows with the region's incidents, on every page. With the region's name on the incident, the page walks
(fold(admin1), date, id) in order and stops after a page. Triggers keep the copy equal to the place's admin1
whoever writes either table.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE incidents ADD COLUMN admin1 text")
    op.execute(
        "UPDATE incidents i SET admin1 = l.admin1 FROM locations l WHERE l.id = i.location_id AND l.admin1 IS NOT NULL"
    )
    op.execute(
        """
        CREATE FUNCTION incidents_take_region() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.admin1 := (SELECT admin1 FROM locations WHERE id = NEW.location_id);
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER incidents_take_region BEFORE INSERT OR UPDATE OF location_id, admin1 ON incidents "
        "FOR EACH ROW EXECUTE FUNCTION incidents_take_region()"
    )
    op.execute(
        """
        CREATE FUNCTION locations_share_region() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE incidents SET admin1 = NEW.admin1 WHERE location_id = NEW.id;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER locations_share_region AFTER UPDATE OF admin1 ON locations FOR EACH ROW "
        "WHEN (OLD.admin1 IS DISTINCT FROM NEW.admin1) EXECUTE FUNCTION locations_share_region()"
    )
    op.execute(
        "CREATE INDEX incidents_by_region ON incidents (fold(admin1), coalesce(event_date, DATE '0001-01-01'), id)"
    )
    op.execute("ANALYZE incidents")


def downgrade() -> None:
    op.execute("DROP INDEX incidents_by_region")
    op.execute("DROP TRIGGER locations_share_region ON locations")
    op.execute("DROP FUNCTION locations_share_region()")
    op.execute("DROP TRIGGER incidents_take_region ON incidents")
    op.execute("DROP FUNCTION incidents_take_region()")
    op.execute("ALTER TABLE incidents DROP COLUMN admin1")
