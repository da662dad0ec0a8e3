"""Initial schema: articles and their jobs, gazetteer, actors, locations, incidents, evidence.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS cube")
    op.execute("CREATE EXTENSION IF NOT EXISTS earthdistance")
    # unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it.
    op.execute(
        """
        CREATE FUNCTION fold(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1))
        """
    )

    op.execute(
        """
        CREATE TABLE articles (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            url           text,
            title         text,
            text          text NOT NULL CHECK (length(btrim(text)) > 0),
            published_at  timestamptz,
            source        text,
            language      text,
            content_hash  bytea NOT NULL,
            created_at    timestamptz NOT NULL DEFAULT now(),
            updated_at    timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE UNIQUE INDEX articles_url_key ON articles (url) WHERE url IS NOT NULL")
    op.execute("CREATE UNIQUE INDEX articles_content_key ON articles (content_hash) WHERE url IS NULL")

    op.execute(
        """
        CREATE TABLE jobs (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id       bigint NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
            status           text NOT NULL DEFAULT 'queued'
                             CHECK (status IN ('queued', 'processing', 'done', 'failed')),
            attempts         integer NOT NULL DEFAULT 0,
            max_attempts     integer NOT NULL,
            run_at           timestamptz NOT NULL DEFAULT now(),
            locked_by        text,
            lease_expires_at timestamptz,
            last_error       text,
            created_at       timestamptz NOT NULL DEFAULT now(),
            updated_at       timestamptz NOT NULL DEFAULT now(),
            finished_at      timestamptz
        )
        """
    )
    op.execute("CREATE INDEX jobs_ready ON jobs (run_at, id) WHERE status = 'queued'")
    op.execute("CREATE INDEX jobs_leased ON jobs (lease_expires_at) WHERE status = 'processing'")

    op.execute(
        """
        CREATE TABLE gazetteer (
            geoname_id     bigint PRIMARY KEY,
            name           text NOT NULL,
            country_code   char(2),
            admin1_code    text,
            admin1_name    text,
            latitude       double precision NOT NULL,
            longitude      double precision NOT NULL,
            feature_class  char(1),
            feature_code   text,
            population     bigint NOT NULL DEFAULT 0
        )
        """
    )
    op.execute(
        """
        CREATE TABLE gazetteer_names (
            geoname_id  bigint NOT NULL REFERENCES gazetteer (geoname_id) ON DELETE CASCADE,
            name        text NOT NULL,
            PRIMARY KEY (name, geoname_id)
        )
        """
    )
    op.execute("CREATE INDEX gazetteer_names_place ON gazetteer_names (geoname_id)")
    op.execute("CREATE INDEX gazetteer_names_trgm ON gazetteer_names USING gin (name gin_trgm_ops)")
    op.execute(
        """
        CREATE TABLE admin_regions (
            country_code  char(2) NOT NULL,
            admin1_code   text NOT NULL,
            name          text NOT NULL,
            latitude      double precision,
            longitude     double precision,
            PRIMARY KEY (country_code, admin1_code)
        )
        """
    )

    op.execute(
        """
        CREATE TABLE actors (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name          text NOT NULL UNIQUE,
            type          text NOT NULL,
            country_code  char(2),
            affiliation   text,
            created_at    timestamptz NOT NULL DEFAULT now(),
            updated_at    timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute(
        """
        CREATE TABLE actor_aliases (
            actor_id  bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            alias     text NOT NULL,
            PRIMARY KEY (actor_id, alias)
        )
        """
    )
    op.execute("CREATE INDEX actor_aliases_trgm ON actor_aliases USING gin (fold(alias) gin_trgm_ops)")
    op.execute("CREATE INDEX actors_name_trgm ON actors USING gin (fold(name) gin_trgm_ops)")

    op.execute(
        """
        CREATE TABLE locations (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            key           text NOT NULL UNIQUE,
            geoname_id    bigint,
            name          text NOT NULL,
            country_code  char(2),
            admin1        text,
            latitude      double precision,
            longitude     double precision,
            precision     text NOT NULL CHECK (precision IN ('point', 'admin1', 'country', 'unknown')),
            created_at    timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX locations_name_trgm ON locations USING gin (fold(name) gin_trgm_ops)")

    op.execute(
        """
        CREATE TABLE incidents (
            id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            key                text NOT NULL,
            event_type         text NOT NULL,
            sub_event_type     text NOT NULL,
            event_date         date,
            date_precision     text CHECK (date_precision IN ('day', 'week', 'month')),
            location_id        bigint REFERENCES locations (id),
            country_code       char(2),
            fatalities         integer CHECK (fatalities >= 0),
            fatalities_low     integer,
            fatalities_high    integer,
            fatalities_source  text,
            summary            text NOT NULL,
            confidence         real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            extractor_version  text NOT NULL,
            created_at         timestamptz NOT NULL DEFAULT now(),
            updated_at         timestamptz NOT NULL DEFAULT now(),
            UNIQUE (article_id, key)
        )
        """
    )
    op.execute(
        """
        CREATE TABLE incident_actors (
            incident_id  bigint NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            actor_id     bigint NOT NULL REFERENCES actors (id),
            role         text NOT NULL CHECK (role IN ('actor1', 'actor2', 'associated')),
            position     smallint NOT NULL,
            PRIMARY KEY (incident_id, actor_id, role)
        )
        """
    )
    op.execute("CREATE INDEX incident_actors_actor ON incident_actors (actor_id, incident_id)")
    op.execute(
        """
        CREATE TABLE evidence (
            incident_id  bigint NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            field        text NOT NULL,
            article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start_offset integer NOT NULL CHECK (start_offset >= 0),
            end_offset   integer NOT NULL CHECK (end_offset > start_offset),
            quote        text NOT NULL,
            PRIMARY KEY (incident_id, field, start_offset)
        )
        """
    )


def downgrade() -> None:
    for table in (
        "evidence",
        "incident_actors",
        "incidents",
        "locations",
        "actor_aliases",
        "actors",
        "admin_regions",
        "gazetteer_names",
        "gazetteer",
        "jobs",
        "articles",
    ):
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP FUNCTION fold(text)")
    op.execute("DROP EXTENSION IF EXISTS earthdistance")
    op.execute("DROP EXTENSION IF EXISTS cube")
    op.execute("DROP EXTENSION IF EXISTS unaccent")
    op.execute("DROP EXTENSION IF EXISTS pg_trgm")
