"""An actor's or a place's incidents in date order from one index.

A page filtered by actor and ordered by date had either to walk the date index and look up the actor of every
incident it passed (a cost that grows as the actor gets rarer) or to fetch all of the actor's incidents and sort
them (a cost that grows as the actor gets busier). incident_actors now carries its incident's event date, so the
page walks (actor_id, date, incident_id) in order and stops after a page. Triggers keep the copy equal to the
incident's date whoever writes either table.

A place's incidents were fetched whole and sorted for every page; the index on incidents.location_id now
carries the date and id too, so a page filtered by location_id is an ordered walk as well.

`near` now finds its places by the circle's bounding box on locations_by_coordinates, which PostgreSQL can
estimate, then by distance; the GiST index on ll_to_earth, which it could not estimate, goes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE incident_actors ADD COLUMN event_date date")
    op.execute("UPDATE incident_actors ia SET event_date = i.event_date FROM incidents i WHERE i.id = ia.incident_id")
    op.execute(
        """
        CREATE FUNCTION incident_actors_take_date() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.event_date := (SELECT event_date FROM incidents WHERE id = NEW.incident_id);
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER incident_actors_take_date BEFORE INSERT OR UPDATE OF incident_id ON incident_actors "
        "FOR EACH ROW EXECUTE FUNCTION incident_actors_take_date()"
    )
    op.execute(
        """
        CREATE FUNCTION incidents_share_date() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE incident_actors SET event_date = NEW.event_date WHERE incident_id = NEW.id;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER incidents_share_date AFTER UPDATE OF event_date ON incidents FOR EACH ROW "
        "WHEN (OLD.event_date IS DISTINCT FROM NEW.event_date) EXECUTE FUNCTION incidents_share_date()"
    )
    op.execute(
        "CREATE INDEX incident_actors_by_date ON incident_actors "
        "(actor_id, coalesce(event_date, DATE '0001-01-01'), incident_id)"
    )
    op.execute("ANALYZE incident_actors")
    op.execute("DROP INDEX incidents_by_location")
    op.execute(
        "CREATE INDEX incidents_by_location ON incidents (location_id, coalesce(event_date, DATE '0001-01-01'), id)"
    )
    op.execute("DROP INDEX locations_earth")


def downgrade() -> None:
    op.execute(
        "CREATE INDEX locations_earth ON locations USING gist (ll_to_earth(latitude, longitude)) "
        "WHERE latitude IS NOT NULL"
    )
    op.execute("DROP INDEX incidents_by_location")
    op.execute("CREATE INDEX incidents_by_location ON incidents (location_id)")
    op.execute("DROP INDEX incident_actors_by_date")
    op.execute("DROP TRIGGER incidents_share_date ON incidents")
    op.execute("DROP FUNCTION incidents_share_date()")
    op.execute("DROP TRIGGER incident_actors_take_date ON incident_actors")
    op.execute("DROP FUNCTION incident_actors_take_date()")
    op.execute("ALTER TABLE incident_actors DROP COLUMN event_date")
