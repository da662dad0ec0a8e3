"""API keys: stored as SHA-256 digests of high-entropy tokens, with scopes and a revocation time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE api_keys (
            id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name          text NOT NULL,
            prefix        text NOT NULL UNIQUE,
            digest        bytea NOT NULL,
            scopes        text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write', 'admin']::text[]),
            created_at    timestamptz NOT NULL DEFAULT now(),
            last_used_at  timestamptz,
            revoked_at    timestamptz
        )
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE api_keys")
