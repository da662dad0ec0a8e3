"""Alembic environment: raw SQL migrations run over asyncpg, URL from the service's settings."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.ext.asyncio import create_async_engine

from service.db.embedded import database_url
from service.settings import Settings


def _sqlalchemy_url() -> str:
    url = context.config.attributes.get("database_url") or database_url(Settings.from_env())
    return url.replace("postgresql://", "postgresql+asyncpg://", 1).replace("postgres://", "postgresql+asyncpg://", 1)


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=None, transaction_per_migration=True)  # type: ignore[arg-type]
    with context.begin_transaction():
        context.run_migrations()


async def _run_online() -> None:
    engine = create_async_engine(_sqlalchemy_url())
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_sqlalchemy_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_online())
