# syntax=docker/dockerfile:1.7
# Build: the locked dependencies (spaCy model and GeoNames data included) into a virtual environment.
FROM python:3.11-slim-bookworm AS build
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install --no-cache-dir uv==0.13.9
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project
COPY alembic.ini ./
COPY migrations/ migrations/
COPY seeds/ seeds/
COPY service/ service/
# editable: the code stays in /app, where it finds alembic.ini, migrations/ and seeds/ beside it
RUN uv sync --locked --no-dev

# Run: no compiler, no uv, no pip; a non-root user; everything the pod needs is in the image.
FROM python:3.11-slim-bookworm
RUN pip uninstall --yes pip setuptools wheel \
    && useradd --system --uid 10001 --gid 0 --home-dir /app --shell /usr/sbin/nologin incidents
WORKDIR /app
COPY --from=build /app/.venv /app/.venv
COPY --from=build /app/alembic.ini /app/alembic.ini
COPY --from=build /app/migrations /app/migrations
COPY --from=build /app/seeds /app/seeds
COPY --from=build /app/service /app/service
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    LOG_FORMAT=json \
    INCIDENTS_AUTH=on \
    RATE_LIMIT_PER_MINUTE=600 \
    RATE_LIMIT_BURST=120
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2).status != 200)"]
CMD ["incidents", "serve", "--no-worker"]
