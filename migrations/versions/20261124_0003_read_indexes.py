"""Indexes for the read API: every incident filter and sort is served by an index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES = {
    "incidents_by_date": "incidents (coalesce(event_date, DATE '0001-01-01'), id)",
    "incidents_by_country_date": "incidents (country_code, coalesce(event_date, DATE '0001-01-01'), id)",
    "incidents_by_type_date": "incidents (event_type, coalesce(event_date, DATE '0001-01-01'), id)",
    "incidents_by_sub_type_date": "incidents (sub_event_type, coalesce(event_date, DATE '0001-01-01'), id)",
    "incidents_by_fatalities": "incidents (coalesce(fatalities, -1), id)",
    "incidents_by_updated": "incidents (updated_at, id)",
    "incidents_by_location": "incidents (location_id)",
    "incidents_by_article": "incidents (article_id, id)",
    "incidents_summary_fts": "incidents USING gin (to_tsvector('english', summary))",
    "locations_by_region": "locations (country_code, fold(admin1))",
    "locations_by_coordinates": "locations (longitude, latitude)",
    "locations_earth": "locations USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL",
    "actor_aliases_fold": "actor_aliases (fold(alias))",
    "actors_by_type": "actors (type, country_code)",
}


def upgrade() -> None:
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    for name in reversed(INDEXES):
        op.execute(f"DROP INDEX {name}")
