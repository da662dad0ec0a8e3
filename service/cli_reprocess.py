"""``incidents reprocess --outdated | --all | --article ID | --since DATE``: extract articles again, behind new ones.

The selected articles' jobs are queued again in batches (one short transaction each, its progress recorded with it)
at priority 1, so workers take every posted article first; a run that is interrupted resumes where it stopped when
the same command is given again. Each article's save replaces its reports in one transaction, and an incident
whose document does not change is not written: readers never see an article half re-extracted, and unchanged
incidents keep their ids and `updated_at`."""

from __future__ import annotations

import argparse
import asyncio

from service.settings import Settings


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from service.db.queries.reprocess import since_argument

    reprocess = commands.add_parser("reprocess", help="queue articles for extraction again, behind new articles")
    which = reprocess.add_mutually_exclusive_group(required=True)
    which.add_argument("--outdated", action="store_true", help="articles extracted by another extractor version")
    which.add_argument("--all", action="store_true", help="every article whose extraction is done or failed")
    which.add_argument("--article", type=int, metavar="ID", help="one article")
    which.add_argument("--since", type=since_argument, metavar="DATE", help="articles posted on or after DATE")
    reprocess.add_argument("--restart", action="store_true", help="start the selection over instead of resuming it")
    reprocess.add_argument("--batch", type=int, default=500, help="articles queued per transaction (default 500)")
    reprocess.add_argument("--no-progress", action="store_true", help="no progress bar")


def current_version(language: str = "en") -> str:
    """The version the workers' pipeline for ``language`` stamps (`Pipeline.version`), read without loading the
    model."""
    import spacy.util

    from service.extract.languages import PACKS
    from service.extract.pipeline import PIPELINE_VERSION
    from service.extract.resources import seed_version

    model = PACKS[language]().model
    meta = spacy.util.load_meta(spacy.util.get_package_path(model) / "meta.json")
    return f"{PIPELINE_VERSION}+{meta['name']}-{meta['version']}+seeds-{seed_version()}"


def current_versions() -> str:
    """Every language's current version, as the JSON object `--outdated` compares each article's job with."""
    import json

    from service.extract.languages import PACKS

    return json.dumps({code: current_version(code) for code in sorted(PACKS)}, sort_keys=True)


def selection(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.outdated:
        return "outdated", current_versions()
    if args.all:
        return "all", None
    if args.article is not None:
        return "article", str(args.article)
    return "since", str(args.since)


def run(settings: Settings, url: str, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from service.db.pool import create_pool
    from service.db.queries import reprocess

    kind, argument = selection(args)

    async def main() -> int:
        pool = await create_pool(url, settings, max_size=1, role="cli")
        try:
            async with pool.acquire() as conn:
                job = await reprocess.start(conn, kind, argument, restart=args.restart)
                resumed = " (resumed)" if job.examined else ""
                print(f"reprocess run {job.id}: {job.selection}, {job.total} articles{resumed}")
                with tqdm(total=job.total, initial=job.examined, unit="article", disable=args.no_progress) as bar:
                    while True:
                        examined, _, over = await reprocess.queue_batch(conn, job, kind, argument, size=args.batch)
                        bar.update(examined)
                        if over:
                            break
                print(f"queued {job.queued} of {job.examined} articles behind new ones (request id reprocess-{job.id})")
                return 0
        finally:
            await pool.close()

    return asyncio.run(main())
